package org.socialplaybook.sandbox.confluence;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Confluence's event bus for the sandbox: {@link #publish} calls, on the publishing thread (as Confluence does for
 * events it dispatches synchronously), every public {@link EventListener} method of every registered listener whose
 * one parameter accepts the event's class (a listener of a superclass hears its subclasses). A listener that throws
 * is logged and the others still hear the event, as in atlassian-event.
 */
public final class SandboxEventPublisher implements EventPublisher {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SandboxEventPublisher.class);

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (InvocationTargetException e) {
                        LOG.error("Listener {} failed on {}", listener.getClass().getName(),
                                event.getClass().getSimpleName(), e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    /** How many listeners are registered (tests check the plugin's lifecycle with it). */
    public int listenerCount() {
        return listeners.size();
    }
}

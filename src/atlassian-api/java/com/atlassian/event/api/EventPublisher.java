package com.atlassian.event.api;

/** Stand-in: the product's event bus (atlassian-event). Listeners are objects with {@link EventListener} methods. */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}

package org.socialplaybook.sandbox.confluence;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What Confluence keeps per HTTP request (its AuthenticatedUserThreadLocal, the request locale, the web
 * resources a page asked for). One instance per sandbox; the values live on the request's thread only.
 */
public final class RequestContext {
    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    private static final class State {
        String username;
        Locale locale;
        final Set<String> requiredResources = new LinkedHashSet<>();
    }

    public void begin(String username, Locale locale) {
        State s = new State();
        s.username = username;
        s.locale = locale;
        state.set(s);
    }

    public void end() {
        state.remove();
    }

    /** The logged-in user's username, or null for an anonymous request. */
    public String username() {
        return state.get().username;
    }

    public Locale locale() {
        Locale locale = state.get().locale;
        return locale == null ? Locale.ENGLISH : locale;
    }

    public void requireResource(String completeKey) {
        state.get().requiredResources.add(completeKey);
    }

    public Set<String> requiredResources() {
        return Set.copyOf(state.get().requiredResources);
    }

    public Set<String> requiredResourcesInOrder() {
        return new LinkedHashSet<>(state.get().requiredResources);
    }
}

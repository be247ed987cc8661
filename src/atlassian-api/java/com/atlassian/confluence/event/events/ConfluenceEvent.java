package com.atlassian.confluence.event.events;

/**
 * Stand-in: the root of Confluence's events. The real class extends {@code com.atlassian.event.Event} (itself an
 * {@link java.util.EventObject}); that intermediate type is not reproduced.
 */
public abstract class ConfluenceEvent extends java.util.EventObject {
    protected ConfluenceEvent(Object source) {
        super(source);
    }
}

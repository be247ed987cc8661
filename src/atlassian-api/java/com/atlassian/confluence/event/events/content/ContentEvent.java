package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/** Stand-in: an event about a piece of content. */
public abstract class ContentEvent extends ConfluenceEvent {
    private final boolean suppressNotifications;

    protected ContentEvent(Object source, boolean suppressNotifications) {
        super(source);
        this.suppressNotifications = suppressNotifications;
    }

    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }
}

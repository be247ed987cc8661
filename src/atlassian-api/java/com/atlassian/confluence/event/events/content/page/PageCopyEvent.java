package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;

/** Stand-in: a page was copied ({@link #getPage()} is the destination, the new page). */
public class PageCopyEvent extends PageEvent {
    private final Page origin;
    private final Page destination;
    private final ConfluenceUser initiator;

    public PageCopyEvent(Object source, Page origin, Page destination, ConfluenceUser initiator,
                         boolean suppressNotifications) {
        super(source, destination, suppressNotifications);
        this.origin = origin;
        this.destination = destination;
        this.initiator = initiator;
    }

    public Page getOrigin() {
        return origin;
    }

    public Page getDestination() {
        return destination;
    }

    public ConfluenceUser getInitiator() {
        return initiator;
    }
}

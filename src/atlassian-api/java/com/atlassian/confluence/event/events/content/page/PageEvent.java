package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

/** Stand-in: an event about one page. */
public abstract class PageEvent extends ContentEvent {
    private final Page page;

    protected PageEvent(Object source, Page page, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.page = java.util.Objects.requireNonNull(page);
    }

    public Page getPage() {
        return page;
    }
}

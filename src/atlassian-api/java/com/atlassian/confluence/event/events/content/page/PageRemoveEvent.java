package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Stand-in: a page was removed for good (purged from the trash). */
public class PageRemoveEvent extends PageEvent {
    public PageRemoveEvent(Object src, Page removedPage) {
        super(src, removedPage, false);
    }
}

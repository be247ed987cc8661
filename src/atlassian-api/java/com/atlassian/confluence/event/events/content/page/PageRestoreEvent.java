package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Stand-in: a trashed page was restored. */
public class PageRestoreEvent extends PageEvent {
    public PageRestoreEvent(Object src, Page page) {
        super(src, page, false);
    }
}

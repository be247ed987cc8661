package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.user.User;

/** Stand-in: a page was moved to the space's trash. */
public class PageTrashedEvent extends PageEvent {
    private final User trasher;

    public PageTrashedEvent(Object source, Page trashedPage, User trasher, boolean suppressNotifications) {
        super(source, trashedPage, suppressNotifications);
        this.trasher = trasher;
    }

    public User getOriginatingUser() {
        return trasher;
    }
}

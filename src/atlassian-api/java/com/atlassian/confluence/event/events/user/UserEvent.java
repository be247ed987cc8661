package com.atlassian.confluence.event.events.user;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.user.User;

/** Stand-in: an event about a user account. */
public abstract class UserEvent extends ConfluenceEvent {
    private final User user;

    protected UserEvent(Object src, User user) {
        super(src);
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}

package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/**
 * Stand-in: a user account is being deleted. Since Confluence 7.x deleting a user is how Data Center erases their
 * personal data (the account becomes "Unknown user"); apps erase what they stored about the user here.
 */
public class UserRemoveEvent extends UserEvent {
    public UserRemoveEvent(Object src, User user) {
        super(src, user);
    }
}

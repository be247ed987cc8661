package com.atlassian.sal.api.user;

import java.io.Serializable;

public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        if (userkey == null) {
            throw new IllegalArgumentException("userkey must not be null");
        }
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userkey) {
        return new UserKey(String.valueOf(userkey));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}

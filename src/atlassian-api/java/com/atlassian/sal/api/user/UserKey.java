package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userkey) {
        return new UserKey(String.valueOf(userkey));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && ((UserKey) o).userkey.equals(userkey));
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

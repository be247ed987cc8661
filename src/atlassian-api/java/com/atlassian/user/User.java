package com.atlassian.user;

public interface User extends Entity {
    String getFullName();

    String getEmail();
}

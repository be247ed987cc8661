package com.atlassian.crowd.embedded.api;

import java.security.Principal;

/** Compile-only stand-in: a user in a Crowd directory ({@code getName()} is the username, from Principal). */
public interface User extends Comparable<User>, Principal {
    boolean isActive();

    String getDisplayName();
}

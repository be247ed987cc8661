package com.atlassian.crowd.search.query.entity.restriction.constants;

import com.atlassian.crowd.search.query.entity.restriction.Property;

/** Compile-only stand-in: the user properties a Crowd query can restrict on (values are never read here). */
public class UserTermKeys {
    public static final Property<String> USERNAME = null;
    public static final Property<String> DISPLAY_NAME = null;
}

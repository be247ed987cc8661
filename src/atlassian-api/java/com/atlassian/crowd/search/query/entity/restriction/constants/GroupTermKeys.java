package com.atlassian.crowd.search.query.entity.restriction.constants;

import com.atlassian.crowd.search.query.entity.restriction.Property;

/** Compile-only stand-in: the group properties a Crowd query can restrict on (values are never read here). */
public class GroupTermKeys {
    public static final Property<String> NAME = null;
}

package com.atlassian.crowd.search.builder;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction;

/** Compile-only stand-in: OR/AND of several restrictions. */
public class Combine {
    public static BooleanRestriction anyOf(SearchRestriction... restrictions) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

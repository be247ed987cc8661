package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** Compile-only stand-in: a restriction on one property. */
public interface PropertyRestriction<T> extends SearchRestriction {
}

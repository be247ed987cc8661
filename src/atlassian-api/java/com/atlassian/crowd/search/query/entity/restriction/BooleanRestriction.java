package com.atlassian.crowd.search.query.entity.restriction;

import com.atlassian.crowd.embedded.api.SearchRestriction;

/** Compile-only stand-in: restrictions combined with AND/OR. */
public interface BooleanRestriction extends SearchRestriction {
}

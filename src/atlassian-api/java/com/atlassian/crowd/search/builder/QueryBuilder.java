package com.atlassian.crowd.search.builder;

import com.atlassian.crowd.embedded.api.SearchRestriction;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.query.entity.EntityQuery;

/** Compile-only stand-in: Crowd's fluent query builder (the entity-query path only). */
public class QueryBuilder {
    public static <T> PartialEntityQuery<T> queryFor(Class<T> returnType, EntityDescriptor entity) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static class PartialEntityQuery<T> {
        public PartialEntityQueryWithRestriction<T> with(SearchRestriction restriction) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }

    public static class PartialEntityQueryWithRestriction<T> {
        public EntityQuery<T> returningAtMost(int maxResults) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}

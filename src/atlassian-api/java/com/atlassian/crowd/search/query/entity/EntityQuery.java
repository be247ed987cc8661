package com.atlassian.crowd.search.query.entity;

import com.atlassian.crowd.embedded.api.Query;

/** Compile-only stand-in: a built Crowd entity query. */
public abstract class EntityQuery<T> implements Query<T> {
}

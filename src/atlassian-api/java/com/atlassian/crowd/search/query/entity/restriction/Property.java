package com.atlassian.crowd.search.query.entity.restriction;

/** Compile-only stand-in: a searchable property of an entity (e.g. a user's display name). */
public interface Property<V> {
}

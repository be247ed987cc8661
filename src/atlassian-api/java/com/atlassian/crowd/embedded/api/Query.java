package com.atlassian.crowd.embedded.api;

/** Compile-only stand-in: a user-management search query returning elements of type T. */
public interface Query<T> {
}

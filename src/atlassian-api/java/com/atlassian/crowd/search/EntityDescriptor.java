package com.atlassian.crowd.search;

/** Compile-only stand-in: which kind of entity a Crowd query is about. */
public class EntityDescriptor {
    public static EntityDescriptor user() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static EntityDescriptor group() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

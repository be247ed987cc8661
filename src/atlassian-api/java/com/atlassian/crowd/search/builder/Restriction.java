package com.atlassian.crowd.search.builder;

import com.atlassian.crowd.search.query.entity.restriction.Property;
import com.atlassian.crowd.search.query.entity.restriction.PropertyRestriction;

/** Compile-only stand-in: builds a restriction on one property ({@code Restriction.on(p).containing(v)}). */
public class Restriction {
    public static <T> RestrictionWithProperty<T> on(Property<T> property) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static class RestrictionWithProperty<T> {
        public PropertyRestriction<T> startingWith(T value) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public PropertyRestriction<T> containing(T value) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}

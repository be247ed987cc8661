package com.atlassian.crowd.embedded.api;

/** Compile-only stand-in: the marker interface of every Crowd search restriction. */
public interface SearchRestriction {
}

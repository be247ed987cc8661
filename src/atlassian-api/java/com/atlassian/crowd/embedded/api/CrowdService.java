package com.atlassian.crowd.embedded.api;

/** Compile-only stand-in: embedded Crowd's user directory service (only what the plugin calls). */
public interface CrowdService {
    <T> Iterable<T> search(Query<T> query);
}

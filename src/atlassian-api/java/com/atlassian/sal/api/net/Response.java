package com.atlassian.sal.api.net;

/** Stand-in: SAL's HTTP response (only the members the plugin uses). */
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    String getHeader(String name);
}

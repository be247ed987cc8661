package com.atlassian.sal.api.net;

/** Stand-in: turns a response into a value. */
public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}

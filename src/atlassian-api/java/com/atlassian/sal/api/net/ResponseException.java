package com.atlassian.sal.api.net;

/** Stand-in: a request that could not be executed (I/O, timeout) or a handler that gave up. */
public class ResponseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResponseException() {
        super();
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}

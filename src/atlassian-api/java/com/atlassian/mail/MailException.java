package com.atlassian.mail;

/** Stand-in: sending or configuring mail failed. */
public class MailException extends Exception {
    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}

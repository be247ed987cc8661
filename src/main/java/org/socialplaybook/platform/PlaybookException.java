package org.socialplaybook.platform;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The one exception the plugin's services throw for anything a user should be told: it carries an i18n key
 * (never English text), its arguments and the HTTP status it maps to. {@link PlaybookExceptionMapper} turns it
 * into {@code {"status", "key", "message"}}; macros render the same key as an AUI error message.
 */
public class PlaybookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String key;
    private final Serializable[] arguments;
    private final String field;

    public PlaybookException(Kind kind, String key, String field, Serializable... arguments) {
        super(key + Arrays.toString(arguments));
        this.kind = kind;
        this.key = key;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** Bad input: HTTP 400. */
    public static PlaybookException invalid(String key, Serializable... arguments) {
        return new PlaybookException(Kind.INVALID, key, null, arguments);
    }

    /** Bad input in one named field of the request (the UI can mark it): HTTP 400. */
    public static PlaybookException invalidField(String field, String key, Serializable... arguments) {
        return new PlaybookException(Kind.INVALID, key, field, arguments);
    }

    public static PlaybookException notFound(String key, Serializable... arguments) {
        return new PlaybookException(Kind.NOT_FOUND, key, null, arguments);
    }

    public static PlaybookException forbidden(String key, Serializable... arguments) {
        return new PlaybookException(Kind.FORBIDDEN, key, null, arguments);
    }

    public static PlaybookException unauthenticated() {
        return new PlaybookException(Kind.UNAUTHENTICATED, "social-playbook.error.login-required", null);
    }

    /** Someone else changed the data first (optimistic locking): HTTP 409. */
    public static PlaybookException conflict(String key, Serializable... arguments) {
        return new PlaybookException(Kind.CONFLICT, key, null, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Serializable[] arguments() {
        return arguments.clone();
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}

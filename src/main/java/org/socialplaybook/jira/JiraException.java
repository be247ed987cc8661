package org.socialplaybook.jira;

import java.time.Duration;
import java.util.List;

/** A Jira call that did not give an answer we can use. Carries no credentials and no request body. */
public class JiraException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final JiraFailure failure;
    private final int httpStatus;
    private final transient Duration retryAfter;
    private final List<String> jiraMessages;

    public JiraException(JiraFailure failure, int httpStatus, Duration retryAfter, List<String> jiraMessages, Throwable cause) {
        super(failure + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : ""), cause);
        this.failure = failure;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
        this.jiraMessages = List.copyOf(jiraMessages);
    }

    public static JiraException of(JiraFailure failure) {
        return new JiraException(failure, 0, null, List.of(), null);
    }

    public JiraFailure failure() {
        return failure;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** What a 429 (or 503) asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Jira's own error texts (errorMessages and field errors), e.g. for a rejected create. */
    public List<String> jiraMessages() {
        return jiraMessages;
    }
}

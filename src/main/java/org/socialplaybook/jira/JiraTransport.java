package org.socialplaybook.jira;

/**
 * One HTTP exchange with Jira's REST API, authenticated: through an Application Link inside Confluence, or with
 * the space's URL and token. Network failures and timeouts come back as {@link JiraException}s; HTTP error
 * statuses come back as responses (the client decides what they mean).
 */
public interface JiraTransport {
    JiraResponse exchange(String method, String pathAndQuery, String jsonBody);

    /** The Jira base URL people's browsers use (for "open in Jira" links). */
    String displayUrl();

    record JiraResponse(int status, String body, String retryAfter) {
    }
}

package org.socialplaybook.jira;

/** How the plugin signs in to Jira when no Application Link exists. */
public enum JiraAuth {
    /** Jira Data Center personal access token: {@code Authorization: Bearer <token>}. */
    TOKEN,
    /** Jira Cloud account e-mail + API token: HTTP Basic. */
    BASIC
}

package org.socialplaybook.jira;

/** A Jira project the connection can see. */
public record JiraProject(String id, String key, String name) {
}

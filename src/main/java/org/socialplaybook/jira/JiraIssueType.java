package org.socialplaybook.jira;

/** An issue type that can be created in a project (create metadata). */
public record JiraIssueType(String id, String name, boolean subtask) {
}

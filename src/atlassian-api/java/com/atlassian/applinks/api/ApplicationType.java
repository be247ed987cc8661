package com.atlassian.applinks.api;

/** Stand-in: the kind of a linked application (Jira, Confluence, ...). No members are used. */
public interface ApplicationType {
}

package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** Stand-in: the Jira application type, passed to ApplicationLinkService#getPrimaryApplicationLink. */
public interface JiraApplicationType extends ApplicationType {
}

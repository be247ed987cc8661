package org.socialplaybook.sandbox.demo;

import org.socialplaybook.jira.JiraAuth;
import org.socialplaybook.jira.JiraConnectionStore;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.SandboxStartup;

/**
 * {@code --jira-url} / {@code --jira-user} / {@code JIRA_TOKEN}: applied as the demo space's Jira connection at every
 * start (a personal access token without --jira-user, e-mail + API token with it). The token is stored, not logged.
 */
public final class JiraConnectionStartup implements SandboxStartup {
    @Override
    public void start(Sandbox sandbox) {
        SandboxConfig config = sandbox.config();
        if (config.jiraUrl() == null || config.jiraUrl().isBlank()) {
            return;
        }
        JiraAuth auth = config.jiraUser() == null || config.jiraUser().isBlank() ? JiraAuth.TOKEN : JiraAuth.BASIC;
        String space = sandbox.directory().spaceKey();
        sandbox.components().get(JiraConnectionStore.class).save(space, config.jiraUrl().trim(), auth,
                auth == JiraAuth.BASIC ? config.jiraUser().trim() : null, config.jiraToken() == null ? "" : config.jiraToken(),
                "sandbox", sandbox.components().get(TimeSource.class).now());
    }
}

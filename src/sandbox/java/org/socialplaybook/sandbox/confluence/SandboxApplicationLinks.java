package org.socialplaybook.sandbox.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;

/** Application Links in the sandbox: there are none (the sandbox talks to Jira by URL and token). */
public final class SandboxApplicationLinks implements ApplicationLinkService {
    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        return null;
    }
}

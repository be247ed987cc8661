package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** SAL's ApplicationProperties: the sandbox's base URL and display name. */
public final class SandboxApplicationProperties implements ApplicationProperties {
    private final String baseUrl;
    private final String contextPath;

    public SandboxApplicationProperties(String baseUrl, String contextPath) {
        this.baseUrl = baseUrl;
        this.contextPath = contextPath;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? contextPath : baseUrl;
    }

    @Override
    public String getDisplayName() {
        return "Confluence";
    }
}

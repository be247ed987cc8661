package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SAL's ApplicationProperties: the sandbox's base URL and display name; its data directory is both the local and
 * the shared home (one node), so what the plugin keeps in the home (the secret key file) lives there.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {
    private final String baseUrl;
    private final String contextPath;
    private final Path home;

    public SandboxApplicationProperties(String baseUrl, String contextPath, Path home) {
        this.baseUrl = baseUrl;
        this.contextPath = contextPath;
        this.home = home;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? contextPath : baseUrl;
    }

    @Override
    public String getDisplayName() {
        return "Confluence";
    }

    @Override
    public Optional<Path> getLocalHomeDirectory() {
        return Optional.of(home);
    }

    @Override
    public Optional<Path> getSharedHomeDirectory() {
        return Optional.of(home);
    }
}

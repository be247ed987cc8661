package org.socialplaybook.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.http.HttpClient;
import java.util.Optional;

/**
 * The Jira a space talks to: Confluence's primary Application Link to Jira when one exists, otherwise the URL and
 * token a space admin stored. One {@link HttpClient} (a connection pool, no data) serves every call.
 */
@Named
public class JiraGateway {
    private final ApplicationLinkService applicationLinks;
    private final JiraConnectionStore connections;
    private final JiraTimeouts timeouts;
    private final HttpClient http;

    @Inject
    public JiraGateway(@ComponentImport ApplicationLinkService applicationLinks, JiraConnectionStore connections,
                       JiraTimeouts timeouts) {
        this.applicationLinks = applicationLinks;
        this.connections = connections;
        this.timeouts = timeouts;
        this.http = HttpClient.newBuilder().connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The client for the space, or empty when neither an Application Link nor a connection exists. */
    public Optional<JiraClient> client(String spaceKey) {
        ApplicationLink link = applicationLink();
        if (link != null) {
            return Optional.of(new JiraClient(new ApplinkJiraTransport(link, timeouts)));
        }
        return connections.find(spaceKey).map(c -> new JiraClient(new HttpJiraTransport(c, timeouts, http)));
    }

    public JiraClient require(String spaceKey) {
        return client(spaceKey).orElseThrow(() -> JiraException.of(JiraFailure.NOT_CONFIGURED));
    }

    /** The name of the Application Link in use, or null when the space's own connection is used. */
    /** The language a space admin chose for the space's Jira issues; empty: the site's default language. */
    public Optional<java.util.Locale> issueLanguage(String spaceKey) {
        return connections.issueLanguage(spaceKey).map(java.util.Locale::forLanguageTag);
    }

    public String applicationLinkName() {
        ApplicationLink link = applicationLink();
        return link == null ? null : link.getName();
    }

    private ApplicationLink applicationLink() {
        try {
            return applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package org.socialplaybook.jira;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.Languages;
import org.socialplaybook.platform.TimeSource;

/** A space's Jira connection: only space admins (or Confluence admins) see or change it; secrets never come back. */
@Named
public class JiraConnectionService {
    static final int MAX_URL = 255;
    static final int MAX_SECRET = 450;

    private final JiraConnectionStore store;
    private final JiraGateway gateway;
    private final PageAccess access;
    private final CurrentUser currentUser;
    private final TimeSource time;

    @Inject
    public JiraConnectionService(JiraConnectionStore store, JiraGateway gateway, PageAccess access,
                                 CurrentUser currentUser, TimeSource time) {
        this.store = store;
        this.gateway = gateway;
        this.access = access;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** What a space admin sees: URL, kind of authentication, the Cloud account e-mail, whether a secret is stored. */
    public record View(boolean configured, String baseUrl, JiraAuth auth, String user, boolean secretStored,
                       String applicationLink, String issueLanguage) {
    }

    /**
     * A change: a blank or missing token keeps the stored one; {@code issueLanguage} is one of
     * {@link Languages#TRANSLATED}, or blank for the site's default language.
     */
    public record Change(String baseUrl, JiraAuth auth, String user, String token, String issueLanguage) {
    }

    public record TestResult(boolean ok, String user, String key, String message) {
    }

    public View view(String spaceKey) {
        access.requireSpaceAdmin(spaceKey);
        String link = gateway.applicationLinkName();
        return store.find(spaceKey)
                .map(c -> {
                    JiraConnection.Description d = c.describe();
                    return new View(true, d.baseUrl(), d.auth(), d.user(), d.secretStored(), link,
                            store.issueLanguage(spaceKey).orElse(""));
                })
                .orElse(new View(link != null, null, null, null, false, link, ""));
    }

    public View save(String spaceKey, Change change) {
        access.requireSpaceAdmin(spaceKey);
        if (change == null) {
            throw PlaybookException.invalid("social-playbook.jira.connection.required");
        }
        String url = validUrl(change.baseUrl());
        JiraAuth auth = change.auth() == null ? JiraAuth.TOKEN : change.auth();
        String user = change.user() == null ? null : change.user().trim();
        if (auth == JiraAuth.BASIC && (user == null || user.isEmpty())) {
            throw PlaybookException.invalidField("user", "social-playbook.jira.connection.user-required");
        }
        if (user != null && user.length() > MAX_URL) {
            throw PlaybookException.invalidField("user", "social-playbook.jira.connection.too-long", MAX_URL);
        }
        String token = change.token() == null || change.token().isBlank() ? null : change.token().trim();
        if (token != null && token.length() > MAX_SECRET) {
            throw PlaybookException.invalidField("token", "social-playbook.jira.connection.too-long", MAX_SECRET);
        }
        if (token == null && store.find(spaceKey).map(c -> c.secret() == null || c.secret().isEmpty()).orElse(true)) {
            throw PlaybookException.invalidField("token", "social-playbook.jira.connection.token-required");
        }
        String language = change.issueLanguage() == null ? "" : change.issueLanguage().trim();
        if (!language.isEmpty() && !Languages.TRANSLATED.contains(language)) {
            throw PlaybookException.invalidField("issueLanguage", "social-playbook.jira.connection.language-unknown", language);
        }
        store.save(spaceKey, url, auth, auth == JiraAuth.BASIC ? user : null, token, currentUser.requireKey(), time.now());
        store.setIssueLanguage(spaceKey, language.isEmpty() ? null : language);
        return view(spaceKey);
    }

    public void delete(String spaceKey) {
        access.requireSpaceAdmin(spaceKey);
        store.delete(spaceKey);
    }

    /** Signs in to Jira with the stored connection (or the Application Link) and says as whom. */
    public TestResult test(String spaceKey, java.util.function.BiFunction<String, java.io.Serializable[], String> text) {
        access.requireSpaceAdmin(spaceKey);
        try {
            String me = gateway.require(spaceKey).myselfDisplayName();
            return new TestResult(true, me, "social-playbook.jira.connection.test-ok",
                    text.apply("social-playbook.jira.connection.test-ok", new java.io.Serializable[] {me}));
        } catch (JiraException e) {
            return new TestResult(false, null, e.failure().i18nKey(),
                    text.apply(e.failure().i18nKey(), new java.io.Serializable[0]));
        }
    }

    static String validUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw PlaybookException.invalidField("baseUrl", "social-playbook.jira.connection.url-invalid");
        }
        String url = raw.trim();
        if (url.length() > MAX_URL) {
            throw PlaybookException.invalidField("baseUrl", "social-playbook.jira.connection.too-long", MAX_URL);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("http", "https").contains(scheme) || uri.getHost() == null || uri.getUserInfo() != null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw PlaybookException.invalidField("baseUrl", "social-playbook.jira.connection.url-invalid");
            }
        } catch (URISyntaxException e) {
            throw PlaybookException.invalidField("baseUrl", "social-playbook.jira.connection.url-invalid");
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }
}

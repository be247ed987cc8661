package org.socialplaybook.jira;

/**
 * A space's Jira connection: base URL and credentials. The secret never leaves the server: {@link #toString()}
 * masks it, REST answers with {@link #describe()} only, and nothing logs it.
 */
public record JiraConnection(String baseUrl, JiraAuth auth, String user, String secret) {
    public JiraConnection {
        baseUrl = stripSlash(baseUrl);
    }

    private static String stripSlash(String url) {
        String u = url == null ? "" : url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** What may be shown: everything except the secret. */
    public Description describe() {
        return new Description(baseUrl, auth, auth == JiraAuth.BASIC ? user : null, secret != null && !secret.isEmpty());
    }

    public record Description(String baseUrl, JiraAuth auth, String user, boolean secretStored) {
    }

    @Override
    public String toString() {
        return "JiraConnection[" + baseUrl + ", " + auth + ", secret=" + (secret == null ? "unset" : "***") + "]";
    }
}

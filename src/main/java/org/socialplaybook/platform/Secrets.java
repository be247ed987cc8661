package org.socialplaybook.platform;

/**
 * Where the plugin keeps secrets (the Jira token): what a store writes to the database is {@link #seal}'s answer,
 * never the secret. Confluence Data Center 10.2 offers apps no secret storage of their own: Atlassian's Plugin
 * Secrets Service ({@code com.atlassian.secrets.api.plugins.PluginSecretService} from
 * {@code com.atlassian.secrets:atlassian-secrets-public-api}, {@code put}/{@code get}/{@code delete} by name) comes
 * with a later Confluence (10.3 or 11.0 by the revisions of its page), and {@code com.atlassian.secrets.api.SecretService}
 * (Confluence 9.1+) serves the product's own configuration. So the implementation is {@link KeyFileSecrets}: AES-GCM
 * with a key kept outside the database. On a Confluence with the Plugin Secrets Service, an implementation can keep
 * the secret there and return a reference to it as the sealed text.
 */
public interface Secrets {
    /** The text to store in place of {@code secret}; unreadable without the key. */
    String seal(String secret);

    /** The secret back from what {@link #seal} returned; {@link Unreadable} when its key is gone or it was altered. */
    String open(String sealed);

    /** Whether {@code sealed} was made with a key that is no longer the current one (re-seal it after a rotation). */
    boolean stale(String sealed);

    /** Whether a stored value is sealed at all (a value written in clear text by an earlier version is not). */
    boolean sealed(String stored);

    /** A sealed value that cannot be opened. Its message never contains the value. */
    final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}

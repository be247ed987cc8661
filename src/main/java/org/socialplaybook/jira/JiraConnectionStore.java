package org.socialplaybook.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.Secrets;

/**
 * The only class touching the Jira connection table. The token goes to the database sealed by {@link Secrets},
 * never in clear text; a token an earlier version left in clear text is sealed by {@link #sealAll} (run at every
 * start) or, at the latest, the first time the connection is read.
 */
@Named
public class JiraConnectionStore {
    private static final Logger LOG = LoggerFactory.getLogger(JiraConnectionStore.class);

    private final ActiveObjects ao;
    private final Secrets secrets;

    @Inject
    public JiraConnectionStore(@ComponentImport ActiveObjects ao, Secrets secrets) {
        this.ao = ao;
        this.secrets = secrets;
    }

    public Optional<JiraConnection> find(String spaceKey) {
        JiraConnectionEntity[] found = ao.find(JiraConnectionEntity.class,
                Query.select().where(JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey));
        if (found.length == 0) {
            return Optional.empty();
        }
        JiraConnectionEntity e = found[0];
        if (needsSealing(e)) {
            ao.executeInTransaction(() -> {
                seal(e);
                return null;
            });
        }
        return Optional.of(new JiraConnection(e.getBaseUrl(), JiraAuth.valueOf(e.getAuth()), e.getUserName(), secret(e)));
    }

    /** Saves the connection; a null secret keeps the stored one. */
    public void save(String spaceKey, String baseUrl, JiraAuth auth, String user, String secret, String updatedBy, Instant now) {
        ao.executeInTransaction(() -> {
            JiraConnectionEntity[] found = ao.find(JiraConnectionEntity.class,
                    Query.select().where(JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey));
            JiraConnectionEntity e = found.length > 0 ? found[0]
                    : ao.create(JiraConnectionEntity.class, new DBParam(JiraConnectionEntity.SPACE_KEY, spaceKey),
                    new DBParam(JiraConnectionEntity.BASE_URL, baseUrl), new DBParam(JiraConnectionEntity.AUTH, auth.name()));
            e.setBaseUrl(baseUrl);
            e.setAuth(auth.name());
            e.setUserName(user);
            if (secret != null) {
                e.setSealedSecret(secrets.seal(secret));
                e.setSecret(null);
            } else if (needsSealing(e)) {
                seal(e);
            }
            e.setUpdatedBy(updatedBy);
            e.setUpdatedAt(Date.from(now));
            e.save();
            return null;
        });
    }

    /** The language the space's issues are written in, when a space admin chose one. */
    public Optional<String> issueLanguage(String spaceKey) {
        JiraConnectionEntity[] found = ao.find(JiraConnectionEntity.class,
                Query.select().where(JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey));
        return found.length == 0 ? Optional.empty() : Optional.ofNullable(found[0].getIssueLang());
    }

    /** Sets (null: clears) the language of the space's issues on its stored connection, if it has one. */
    public void setIssueLanguage(String spaceKey, String languageTag) {
        ao.executeInTransaction(() -> {
            for (JiraConnectionEntity e : ao.find(JiraConnectionEntity.class,
                    Query.select().where(JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey))) {
                e.setIssueLang(languageTag);
                e.save();
            }
            return null;
        });
    }

    public void delete(String spaceKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(JiraConnectionEntity.class, JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey));
    }

    /**
     * Seals every token still in clear text (written by an earlier version) and re-seals those sealed with a key
     * that is no longer current (after a key rotation), so the old key can then be retired. Answers how many
     * connections it rewrote.
     */
    public int sealAll() {
        return ao.executeInTransaction(() -> {
            int rewritten = 0;
            for (JiraConnectionEntity e : ao.find(JiraConnectionEntity.class)) {
                if (needsSealing(e)) {
                    seal(e);
                    rewritten++;
                }
            }
            return rewritten;
        });
    }

    private boolean needsSealing(JiraConnectionEntity e) {
        String clear = e.getSecret();
        if (clear != null && !clear.isEmpty()) {
            return true;
        }
        String sealed = e.getSealedSecret();
        try {
            return sealed != null && secrets.stale(sealed);
        } catch (Secrets.Unreadable unreadable) {
            return false;
        }
    }

    private void seal(JiraConnectionEntity e) {
        String secret = secret(e);
        if (secret == null) {
            return;
        }
        e.setSealedSecret(secrets.seal(secret));
        e.setSecret(null);
        e.save();
    }

    /** The token, or null when none is stored or its key is gone (then the space admin enters it again). */
    private String secret(JiraConnectionEntity e) {
        String clear = e.getSecret();
        if (clear != null && !clear.isEmpty()) {
            return clear;
        }
        String sealed = e.getSealedSecret();
        if (sealed == null || sealed.isEmpty()) {
            return null;
        }
        try {
            return secrets.open(sealed);
        } catch (Secrets.Unreadable unreadable) {
            LOG.warn("The Jira token of space {} cannot be opened ({}); a space admin has to enter it again",
                    e.getSpaceKey(), unreadable.getMessage());
            return null;
        }
    }
}

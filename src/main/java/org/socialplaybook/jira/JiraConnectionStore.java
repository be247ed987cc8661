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

/** The only class touching the Jira connection table. */
@Named
public class JiraConnectionStore {
    private final ActiveObjects ao;

    @Inject
    public JiraConnectionStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public Optional<JiraConnection> find(String spaceKey) {
        JiraConnectionEntity[] found = ao.find(JiraConnectionEntity.class,
                Query.select().where(JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey));
        if (found.length == 0) {
            return Optional.empty();
        }
        JiraConnectionEntity e = found[0];
        return Optional.of(new JiraConnection(e.getBaseUrl(), JiraAuth.valueOf(e.getAuth()), e.getUserName(), e.getSecret()));
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
                e.setSecret(secret);
            }
            e.setUpdatedBy(updatedBy);
            e.setUpdatedAt(Date.from(now));
            e.save();
            return null;
        });
    }

    public void delete(String spaceKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(JiraConnectionEntity.class, JiraConnectionEntity.SPACE_KEY + " = ?", spaceKey));
    }
}

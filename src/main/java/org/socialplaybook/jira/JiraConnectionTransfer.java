package org.socialplaybook.jira;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialplaybook.platform.Languages;
import org.socialplaybook.platform.SpaceDataPort;

/**
 * The space's Jira connection in an export: base URL, kind of authentication and the Jira Cloud account, never the
 * token (it stays sealed in the source). After an import a space admin enters the token again on the board.
 */
@Named
public class JiraConnectionTransfer implements SpaceDataPort<JiraConnectionTransfer.ConnectionItem> {
    private final JiraConnectionStore store;

    @Inject
    public JiraConnectionTransfer(JiraConnectionStore store) {
        this.store = store;
    }

    /** {@code issueLanguage}: the language of the space's Jira issues (null: the site's default language). */
    public record ConnectionItem(String baseUrl, JiraAuth auth, String user, String issueLanguage) {
    }

    @Override
    public String capability() {
        return "jira";
    }

    @Override
    public Class<ConnectionItem> itemType() {
        return ConnectionItem.class;
    }

    @Override
    public List<ConnectionItem> export(String spaceKey, TransferPages pages) {
        return store.find(spaceKey).map(c -> List.of(new ConnectionItem(c.baseUrl(), c.auth(),
                c.auth() == JiraAuth.BASIC ? c.user() : null, store.issueLanguage(spaceKey).orElse(null))))
                .orElse(List.of());
    }

    @Override
    public void check(ConnectionItem item, TransferCheck check) {
        check.rule("baseUrl", () -> JiraConnectionService.validUrl(item.baseUrl()));
        if (item.auth() == null) {
            check.error("auth", "social-playbook.transfer.error.text-required");
        } else if (item.auth() == JiraAuth.BASIC) {
            check.requireText("user", item.user(), JiraConnectionService.MAX_URL);
        }
        if (item.issueLanguage() != null && !Languages.TRANSLATED.contains(item.issueLanguage())) {
            check.error("issueLanguage", "social-playbook.jira.connection.language-unknown", item.issueLanguage());
        }
        if (check.unique("", "jira") && store.find(check.targetSpace()).isPresent()) {
            check.collides("baseUrl", String.valueOf(item.baseUrl()));
        }
        check.creates(String.valueOf(item.baseUrl()), 1);
    }

    @Override
    public void importItem(ConnectionItem item, TransferTarget target) {
        store.save(target.spaceKey(), JiraConnectionService.validUrl(item.baseUrl()), item.auth(),
                item.auth() == JiraAuth.BASIC ? item.user() : null, null, target.userKey(), target.now());
        if (item.issueLanguage() != null) {
            store.setIssueLanguage(target.spaceKey(), item.issueLanguage());
        }
    }
}

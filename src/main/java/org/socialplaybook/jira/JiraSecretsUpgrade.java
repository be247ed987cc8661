package org.socialplaybook.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At every start: Jira tokens an earlier version stored in clear text are sealed, and tokens sealed with a retired
 * key are re-sealed with the current one ({@link JiraConnectionStore#sealAll}). Idempotent, so every cluster node
 * may run it; it logs how many connections it rewrote, never a token.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class JiraSecretsUpgrade implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(JiraSecretsUpgrade.class);

    private final JiraConnectionStore store;

    @Inject
    public JiraSecretsUpgrade(JiraConnectionStore store) {
        this.store = store;
    }

    @Override
    public void onStart() {
        int rewritten = store.sealAll();
        if (rewritten > 0) {
            LOG.info("Sealed the Jira token of {} connection(s) with the current key", rewritten);
        }
    }

    @Override
    public void onStop() {
    }
}

package org.socialplaybook.jira;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialplaybook.platform.ContentLifecycle;

/** A space's Jira connection (with its token) goes with the space; page and user events do not touch it. */
@Named
public class JiraConnectionLifecycle implements ContentLifecycle {
    private final JiraConnectionStore store;

    @Inject
    public JiraConnectionLifecycle(JiraConnectionStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "Jira connection";
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        store.delete(spaceKey);
    }
}

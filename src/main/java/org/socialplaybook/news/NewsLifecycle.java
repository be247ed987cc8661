package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialplaybook.platform.ContentLifecycle;

/**
 * News and the Monday digest belong to the space, not to a page: page events change nothing (a published digest is
 * a blog post of its own). Space removal unschedules the space's Monday job and deletes its settings, issues, mail
 * records, headlines and sources. Anonymisation: headlines and sources hold who added them as a user key only.
 */
@Named
public class NewsLifecycle implements ContentLifecycle {
    private final NewsStore store;
    private final DigestJob job;

    @Inject
    public NewsLifecycle(NewsStore store, DigestJob job) {
        this.store = store;
        this.job = job;
    }

    @Override
    public String capability() {
        return "news";
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        job.unschedule(spaceKey);
        store.removeSpace(spaceKey);
    }
}

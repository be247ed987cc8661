package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;

/**
 * Reads a space's feeds into headlines: each feed through the {@link FeedFetcher} with the space's allowlist; new
 * items become headlines once (by item id); the outcome (when, how many new, or the failure's i18n key) is kept with
 * the source and shown to editors.
 */
@Named
public class FeedRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(FeedRefresher.class);

    private final NewsStore store;
    private final FeedFetcher fetcher;
    private final TimeSource time;

    @Inject
    public FeedRefresher(NewsStore store, FeedFetcher fetcher, TimeSource time) {
        this.store = store;
        this.fetcher = fetcher;
        this.time = time;
    }

    /** Reads one feed now; how many new headlines. A failure is recorded with the source and thrown (400). */
    public int refresh(Source source, Allowlist allowlist) {
        try {
            List<FeedItem> items = fetcher.fetch(source.url(), allowlist);
            int added = store.addFeedItems(source.spaceKey(), source.id(), items, time.now());
            store.markFetched(source.id(), time.now(), null, added);
            return added;
        } catch (PlaybookException e) {
            store.markFetched(source.id(), time.now(), e.key(), null);
            throw e;
        }
    }

    /** Reads every feed of the space (the Monday job, before assembling); failures are recorded, never thrown. */
    public int refreshSpace(String spaceKey, Allowlist allowlist) {
        int added = 0;
        for (Source source : store.sources(spaceKey)) {
            if (source.kind() != Source.Kind.FEED) {
                continue;
            }
            try {
                added += refresh(source, allowlist);
            } catch (PlaybookException e) {
                LOG.info("Feed {} of space {} not read: {}", source.id(), spaceKey, e.key());
            }
        }
        return added;
    }
}

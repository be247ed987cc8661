package org.socialplaybook.guidelines;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;

/**
 * Keeps a guideline's identity and versions in step with its block, each time the page is viewed: the first view
 * creates the guideline; a view whose text (canonical fingerprint) or version label differs records or revisits a
 * version; the first view of a new page version notes it; any other view writes nothing (one query). A block
 * whose key already belongs to a guideline on another existing page, or to another block of the same page, is
 * reported, not recorded.
 */
@Named
public class GuidelineRecorder {
    private final GuidelineStore store;
    private final PageManager pageManager;
    private final TimeSource time;
    private final SpaceVersions versions;

    @Inject
    public GuidelineRecorder(GuidelineStore store, @ComponentImport PageManager pageManager, TimeSource time,
                             SpaceVersions versions) {
        this.versions = versions;
        this.store = store;
        this.pageManager = pageManager;
        this.time = time;
    }

    /** The guideline as recorded; or where else its key is used; or that another block on this page uses it. */
    public record Observation(Guideline guideline, String otherPageTitle, boolean duplicateOnPage) {
        public boolean elsewhere() {
            return otherPageTitle != null;
        }
    }

    public Observation observe(String spaceKey, long pageId, int pageVersion, GuidelineSettings settings,
                               GuidelineBody body) {
        return observe(spaceKey, pageId, pageVersion, settings, body, null);
    }

    /**
     * The same, given the guideline with the block's key as this page render already loaded it ({@code known}; no
     * query then), or {@code null} to look it up.
     */
    public Observation observe(String spaceKey, long pageId, int pageVersion, GuidelineSettings settings,
                               GuidelineBody body, Guideline known) {
        GuidelineStore.Observed observed = new GuidelineStore.Observed(body.fingerprint(), settings.versionLabel(),
                body.canonicalText(), body.wordCount(), pageVersion);
        Optional<Guideline> found = known != null ? Optional.of(known) : store.find(spaceKey, settings.key());
        if (found.isPresent()) {
            Guideline guideline = found.get();
            if (guideline.pageId() != pageId) {
                AbstractPage other = pageManager.getAbstractPage(guideline.pageId());
                if (other != null) {
                    return new Observation(guideline, other.getTitle(), false);
                }
            }
            boolean unchanged = isCurrent(guideline, observed) && guideline.sameSettings(settings, pageId);
            if (guideline.pageId() == pageId && pageVersion > 0 && guideline.currentPageVersion() == pageVersion) {
                // one version of a page has one text and one set of parameters per key: a difference means that
                // two blocks on the page share the key, and recording both would flip the guideline back and forth
                return new Observation(guideline, null, !unchanged);
            }
            if (unchanged && guideline.currentPageVersion() == pageVersion) {
                return new Observation(guideline, null, false);
            }
        }
        Guideline recorded = record(found.orElse(null), spaceKey, pageId, settings, observed);
        versions.changed(spaceKey); // a new guideline or version: the step's counts change
        return new Observation(recorded, null, false);
    }

    private static boolean isCurrent(Guideline guideline, GuidelineStore.Observed observed) {
        return guideline.hasVersion() && guideline.currentFingerprint().equals(observed.fingerprint())
                && guideline.currentLabel().equals(observed.label());
    }

    /** Writes; when another node wrote the same guideline or version first (unique token), reads it and retries once. */
    private Guideline record(Guideline existing, String spaceKey, long pageId, GuidelineSettings settings,
                             GuidelineStore.Observed observed) {
        try {
            return store.record(existing, spaceKey, pageId, settings, observed, time.now());
        } catch (RuntimeException first) {
            Guideline again = store.find(spaceKey, settings.key()).orElseThrow(() -> first);
            return store.record(again, spaceKey, pageId, settings, observed, time.now());
        }
    }
}

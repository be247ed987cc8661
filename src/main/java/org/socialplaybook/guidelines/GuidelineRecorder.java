package org.socialplaybook.guidelines;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.socialplaybook.platform.TimeSource;

/**
 * Keeps a guideline's identity and versions in step with its block, each time the page is viewed: the first view
 * creates the guideline; a view whose text (canonical fingerprint) or version label differs records or revisits a
 * version; a view with the same text and settings writes nothing. One query when nothing changed.
 * A block whose key already belongs to a guideline on another existing page is reported, not recorded.
 */
@Named
public class GuidelineRecorder {
    private final GuidelineStore store;
    private final PageManager pageManager;
    private final TimeSource time;

    @Inject
    public GuidelineRecorder(GuidelineStore store, @ComponentImport PageManager pageManager, TimeSource time) {
        this.store = store;
        this.pageManager = pageManager;
        this.time = time;
    }

    /** The guideline as recorded, or where else its key is used. */
    public record Observation(Guideline guideline, String otherPageTitle) {
        public boolean elsewhere() {
            return otherPageTitle != null;
        }
    }

    public Observation observe(String spaceKey, long pageId, int pageVersion, GuidelineSettings settings,
                               GuidelineBody body) {
        GuidelineStore.Observed observed = new GuidelineStore.Observed(body.fingerprint(), settings.versionLabel(),
                body.canonicalText(), body.wordCount(), pageVersion);
        Optional<Guideline> found = store.find(spaceKey, settings.key());
        if (found.isPresent()) {
            Guideline guideline = found.get();
            if (guideline.pageId() != pageId) {
                AbstractPage other = pageManager.getAbstractPage(guideline.pageId());
                if (other != null) {
                    return new Observation(guideline, other.getTitle());
                }
            }
            if (isCurrent(guideline, observed) && guideline.sameSettings(settings, pageId)) {
                return new Observation(guideline, null);
            }
        }
        return new Observation(record(found.orElse(null), spaceKey, pageId, settings, observed), null);
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

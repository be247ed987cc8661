package org.socialplaybook.guidelines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the guideline blocks of one page render need for the reader, loaded by the first block in a constant number
 * of queries ({@link GuidelinePrefetcher}) and kept in that render's ConversionContext, as Confluence's own
 * renderers keep what they prefetch for a page: the guidelines seen on this version of the page, the reader's
 * acknowledgements of them, the versions a "changed since you acknowledged" diff compares, and, for guidelines
 * whose report the reader may see, what their progress bars count. A block finds here what it would otherwise
 * query, or nothing (then it asks the store, as without a prefetch). It belongs to one render on one thread, for
 * one reader, and is never shared: its guidelines follow what the render's blocks record.
 */
public final class GuidelinePrefetch {
    /** The figures of a progress bar, counted for the guideline as it was loaded (its requirement and audience). */
    record Bar(Guideline countedFor, int audience, int acknowledged) {
        /** Still the count for {@code g}: same guideline, requirement and audience. */
        boolean counts(Guideline g) {
            return countedFor.id() == g.id() && countedFor.policy() == g.policy()
                    && countedFor.currentFingerprint().equals(g.currentFingerprint())
                    && countedFor.currentLabel().equals(g.currentLabel()) && countedFor.audience().equals(g.audience());
        }
    }

    private final String spaceKey;
    private final long pageId;
    private final int pageVersion;
    private final String userKey;
    private final Map<String, Guideline> byKey = new HashMap<>();
    private final Map<Integer, List<Acknowledgement>> mine;
    private final Map<Integer, GuidelineVersion> versions;
    private final Map<Integer, Bar> bars;

    GuidelinePrefetch(String spaceKey, long pageId, int pageVersion, String userKey, List<Guideline> guidelines,
                      Map<Integer, List<Acknowledgement>> mine, Map<Integer, GuidelineVersion> versions,
                      Map<Integer, Bar> bars) {
        this.spaceKey = spaceKey;
        this.pageId = pageId;
        this.pageVersion = pageVersion;
        this.userKey = userKey;
        guidelines.forEach(g -> byKey.put(g.key(), g));
        this.mine = Map.copyOf(mine);
        this.versions = Map.copyOf(versions);
        this.bars = Map.copyOf(bars);
    }

    /** Loaded for this version of this page and this reader ({@code null}: anonymous)? */
    boolean isFor(String space, long page, int version, String user) {
        return pageId == page && pageVersion == version && Objects.equals(spaceKey, space)
                && Objects.equals(userKey, user);
    }

    /** Loaded for this reader? */
    boolean readerIs(String user) {
        return Objects.equals(userKey, user);
    }

    /** The guideline with this key as recorded on this page, or null when it is not known here. */
    Guideline guideline(String key) {
        return byKey.get(key);
    }

    /** A block of this render recorded (or confirmed) its guideline on this page: later blocks see it as it is now. */
    void recorded(Guideline guideline) {
        if (guideline.pageId() == pageId && Objects.equals(guideline.spaceKey(), spaceKey)) {
            byKey.put(guideline.key(), guideline);
        }
    }

    /** The reader's acknowledgements of the guideline, or null when they were not loaded. */
    List<Acknowledgement> acknowledgements(int guidelineId) {
        return mine.get(guidelineId);
    }

    /** A version loaded for a diff, or null. */
    GuidelineVersion version(int versionId) {
        return versions.get(versionId);
    }

    /** The bar's figures when they were counted for the guideline's current requirement and audience, or null. */
    Bar bar(Guideline guideline) {
        Bar bar = bars.get(guideline.id());
        return bar != null && bar.counts(guideline) ? bar : null;
    }
}

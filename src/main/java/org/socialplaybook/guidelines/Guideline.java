package org.socialplaybook.guidelines;

import java.time.Instant;
import java.util.Set;
import org.socialplaybook.platform.IsoText;

/**
 * A guideline as stored: its identity in the space, the page it lives on, the settings its block had when the
 * page was last viewed, and its current version (the text's fingerprint and version label) with the moment from
 * which the current requirement applies (due dates count from it), and the page version it was last seen on.
 */
public record Guideline(int id, String spaceKey, String key, long pageId, String title, GuidelineCategory category,
                        GuidelineLevel level, boolean ackRequired, Integer dueDays, ReackPolicy policy,
                        Audience audience, Set<String> owners, int currentVersionId, String currentFingerprint,
                        String currentLabel, int currentRevision, int versionCount, @IsoText Instant requiredSince,
                        int currentPageVersion) {
    public Guideline {
        owners = Set.copyOf(owners);
        currentLabel = currentLabel == null ? "" : currentLabel;
    }

    /** False only for a guideline whose first version is not recorded yet (ids may start at 0: never a sentinel). */
    public boolean hasVersion() {
        return versionCount > 0;
    }

    /** Does this acknowledgement cover the current version under the guideline's policy? */
    public boolean isSatisfiedBy(Acknowledgement ack) {
        return policy == ReackPolicy.EVERY_CHANGE
                ? currentFingerprint.equals(ack.fingerprint())
                : currentLabel.equals(ack.label());
    }

    /** The due moment for the current requirement, or null when the guideline has no due days. */
    public Instant due() {
        return dueDays == null ? null : requiredSince.plus(java.time.Duration.ofDays(dueDays));
    }

    /** The same guideline with the settings its block has now (identity and versions unchanged). */
    Guideline withSettings(GuidelineSettings s, long newPageId) {
        return new Guideline(id, spaceKey, key, newPageId, s.title(), s.category(), s.level(), s.ackRequired(),
                s.dueDays(), s.policy(), s.audience(), s.owners(), currentVersionId, currentFingerprint, currentLabel,
                currentRevision, versionCount, requiredSince, currentPageVersion);
    }

    boolean sameSettings(GuidelineSettings s, long otherPageId) {
        return pageId == otherPageId && title.equals(s.title()) && category == s.category() && level == s.level()
                && ackRequired == s.ackRequired() && java.util.Objects.equals(dueDays, s.dueDays())
                && policy == s.policy() && audience.equals(s.audience()) && owners.equals(s.owners());
    }
}

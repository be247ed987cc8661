package org.socialplaybook.guidelines;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/**
 * One version of a guideline: a text fingerprint with a version label, numbered in the order first seen, with
 * the canonical text it had (so readers can be shown what changed) and the page version it was first seen on.
 */
public record GuidelineVersion(int id, int guidelineId, int revision, String fingerprint, String label,
                               @IsoText Instant firstSeen, int pageVersion, int wordCount, String text) {
    public GuidelineVersion {
        label = label == null ? "" : label;
    }
}

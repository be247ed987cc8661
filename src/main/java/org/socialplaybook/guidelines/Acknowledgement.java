package org.socialplaybook.guidelines;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/**
 * "I have read and accept": who, which version (with the fingerprint and label it had), when. Append-only: a
 * re-acknowledgement of a newer version is a new row; nothing is ever changed or deleted.
 */
public record Acknowledgement(int id, int guidelineId, int versionId, String userKey, String fingerprint,
                              String label, int revision, @IsoText Instant acknowledgedAt) {
    public Acknowledgement {
        label = label == null ? "" : label;
    }
}

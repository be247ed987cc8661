package org.socialplaybook.guidelines;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One version of a guideline: fingerprint + version label, unique per guideline through {@code VERSION_TOKEN},
 * numbered in the order first seen, with its canonical text (never compared, only shown as "what changed").
 */
@Preload
@Table("GuidelineVersion")
public interface GuidelineVersionEntity extends Entity {
    String GUIDELINE_ID = "GUIDELINE_ID";
    String VERSION_TOKEN = "VERSION_TOKEN";
    String FINGERPRINT = "FINGERPRINT";
    String REVISION = "REVISION";
    String FIRST_SEEN = "FIRST_SEEN";
    String PAGE_VERSION = "PAGE_VERSION";
    String WORD_COUNT = "WORD_COUNT";

    @Indexed
    int getGuidelineId();

    void setGuidelineId(int guidelineId);

    int getRevision();

    void setRevision(int revision);

    @NotNull
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    /** The version parameter; null when the block has none. */
    @StringLength(50)
    String getLabel();

    void setLabel(String label);

    /** {@code <guideline id>:<sha-256 of fingerprint and label>}. */
    @NotNull
    @Unique
    @StringLength(100)
    String getVersionToken();

    void setVersionToken(String token);

    @NotNull
    Date getFirstSeen();

    void setFirstSeen(Date firstSeen);

    int getPageVersion();

    void setPageVersion(int pageVersion);

    int getWordCount();

    void setWordCount(int words);

    @StringLength(StringLength.UNLIMITED)
    String getCanonicalText();

    void setCanonicalText(String text);
}

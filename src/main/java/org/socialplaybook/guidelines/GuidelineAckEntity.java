package org.socialplaybook.guidelines;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An acknowledgement, append-only. The version's fingerprint, label and number are copied in so that status needs
 * no second query; {@code ACK_TOKEN} ({@code <version id>:<user key>}) is unique, so a double click records one.
 */
@Preload
@Table("GuidelineAck")
@Indexes({
        @Index(name = "ack_guideline_user", methodNames = {"getGuidelineId", "getUserKey"}),
        @Index(name = "ack_space_user", methodNames = {"getSpaceKey", "getUserKey"})
})
public interface GuidelineAckEntity extends Entity {
    String GUIDELINE_ID = "GUIDELINE_ID";
    String VERSION_ID = "VERSION_ID";
    String SPACE_KEY = "SPACE_KEY";
    String USER_KEY = "USER_KEY";
    String FINGERPRINT = "FINGERPRINT";
    String LABEL = "LABEL";
    String REVISION = "REVISION";
    String ACKNOWLEDGED_AT = "ACKNOWLEDGED_AT";
    String ACK_TOKEN = "ACK_TOKEN";

    int getGuidelineId();

    void setGuidelineId(int guidelineId);

    int getVersionId();

    void setVersionId(int versionId);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(64)
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @StringLength(50)
    String getLabel();

    void setLabel(String label);

    int getRevision();

    void setRevision(int revision);

    @NotNull
    Date getAcknowledgedAt();

    void setAcknowledgedAt(Date acknowledgedAt);

    @NotNull
    @Unique
    @StringLength(300)
    String getAckToken();

    void setAckToken(String token);
}

package org.socialplaybook.team;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A team card: one per space and team name ({@code CARD_KEY} = space key + ":" + lower-case name). The macro gives
 * the name, the role matrix and the feedback board; mission, hours, response promise and who triages requests are
 * edited on the page. {@code VERSION} is the optimistic lock every change compares.
 */
@Preload
@Table("TeamCard")
public interface TeamCardEntity extends Entity {
    String CARD_KEY = "CARD_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String NAME = "NAME";
    String PAGE_ID = "PAGE_ID";
    String MATRIX_NAME = "MATRIX_NAME";
    String BOARD_KEY = "BOARD_KEY";
    String MISSION = "MISSION";
    String HOURS = "HOURS";
    String RESPONSE_PROMISE = "RESPONSE_PROMISE";
    String TRIAGE_KEY = "TRIAGE_KEY";
    String VERSION = "VERSION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String TRASHED = "TRASHED";

    @NotNull
    @Unique
    @StringLength(450)
    String getCardKey();

    void setCardKey(String cardKey);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();

    void setName(String name);

    long getPageId();

    void setPageId(long pageId);

    String getMatrixName();

    void setMatrixName(String matrixName);

    @NotNull
    String getBoardKey();

    void setBoardKey(String boardKey);

    @StringLength(450)
    String getMission();

    void setMission(String mission);

    String getHours();

    void setHours(String hours);

    String getResponsePromise();

    void setResponsePromise(String responsePromise);

    String getTriageKey();

    void setTriageKey(String triageKey);

    int getVersion();

    void setVersion(int version);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** True while the card's page is in the trash: left out of the space's lists and the overview. */
    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);
}

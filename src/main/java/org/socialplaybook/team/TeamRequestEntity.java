package org.socialplaybook.team;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A request someone sent through a card's "How to reach us" form. Its text lives in the follow-up it became
 * ({@code FOLLOW_UP_ID}, on the card's feedback board); {@code TOKEN}, made by the form, makes a second click (or a
 * retried request) find the first one instead of filing it twice. Times used in where-clauses are epoch milliseconds.
 */
@Preload
@Table("TeamRequest")
@Indexes({@Index(name = "team_req_mine", methodNames = {"getCardId", "getRequesterKey"})})
public interface TeamRequestEntity extends Entity {
    String CARD_ID = "CARD_ID";
    String SPACE_KEY = "SPACE_KEY";
    String REQUESTER_KEY = "REQUESTER_KEY";
    String TOKEN = "TOKEN";
    String TOPIC = "TOPIC";
    String URGENCY = "URGENCY";
    String FOLLOW_UP_ID = "FOLLOW_UP_ID";
    String CREATED_AT = "CREATED_AT";
    String CREATED_MS = "CREATED_MS";

    int getCardId();

    void setCardId(int cardId);

    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getRequesterKey();

    void setRequesterKey(String requesterKey);

    @NotNull
    @Unique
    String getToken();

    void setToken(String token);

    @NotNull
    String getTopic();

    void setTopic(String topic);

    /** A {@link Team.Urgency} name. */
    @NotNull
    String getUrgency();

    void setUrgency(String urgency);

    long getFollowUpId();

    void setFollowUpId(long followUpId);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    long getCreatedMs();

    void setCreatedMs(long createdMs);
}

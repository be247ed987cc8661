package org.socialplaybook.reminders;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One reminder (or escalation) of one person about one item in one period. SENT_TOKEN (space, person, item, period)
 * is unique and inserted before the mail goes out, so a rerun or a second node never sends it twice.
 * ESCALATED_TO: the user keys an escalation went to, one per line (empty for a reminder).
 */
@Preload
@Table("RemindSent")
public interface ReminderSentEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String USER_KEY = "USER_KEY";
    String ITEM_KIND = "ITEM_KIND";
    String ITEM_TITLE = "ITEM_TITLE";
    String PAGE_ID = "PAGE_ID";
    String DUE_DAY = "DUE_DAY";
    String REMIND_PERIOD = "REMIND_PERIOD";
    String SENT_TOKEN = "SENT_TOKEN";
    String ESCALATED_TO = "ESCALATED_TO";
    String OUTCOME = "OUTCOME";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getItemKind();

    void setItemKind(String itemKind);

    @NotNull
    String getItemTitle();

    void setItemTitle(String itemTitle);

    long getPageId();

    void setPageId(long pageId);

    /** ISO date (YYYY-MM-DD) of the item's due day. */
    @NotNull
    String getDueDay();

    void setDueDay(String dueDay);

    /** R0, R1… for reminders, E for the escalation. */
    @NotNull
    String getRemindPeriod();

    void setRemindPeriod(String remindPeriod);

    @NotNull
    @Unique
    String getSentToken();

    void setSentToken(String sentToken);

    String getEscalatedTo();

    void setEscalatedTo(String escalatedTo);

    /** CLAIMED, SENT, NO_ADDRESS, NO_CONTACT or FAILED. */
    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    Date getSentAt();

    void setSentAt(Date sentAt);
}

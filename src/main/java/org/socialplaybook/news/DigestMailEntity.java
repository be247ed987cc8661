package org.socialplaybook.news;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One reader's copy of a digest by mail. MAIL_TOKEN (digest + reader) is unique and inserted before the mail goes
 * out, so a retried run never mails a reader twice.
 */
@Preload
@Table("NewsMail")
public interface DigestMailEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String USER_KEY = "USER_KEY";
    String MAIL_TOKEN = "MAIL_TOKEN";
    String OUTCOME = "OUTCOME";
    String SENT_AT = "SENT_AT";

    int getIssueId();

    void setIssueId(int issueId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Unique
    String getMailToken();

    void setMailToken(String mailToken);

    /** SENT, NO_ADDRESS or FAILED. */
    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    Date getSentAt();

    void setSentAt(Date sentAt);
}

package org.socialplaybook.feedback;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A cluster-wide lease on one follow-up's Jira delivery: the unique FOLLOW_UP_ID lets exactly one node (or one
 * request) insert it; it expires so a crashed node cannot hold a follow-up forever.
 */
@Preload
@Table("FbLease")
public interface JiraLeaseEntity extends Entity {
    String FOLLOW_UP_ID = "FOLLOW_UP_ID";
    String HOLDER = "HOLDER";
    String EXPIRES_MS = "EXPIRES_MS";

    @NotNull
    @Unique
    int getFollowUpId();

    void setFollowUpId(int followUpId);

    String getHolder();

    void setHolder(String holder);

    long getExpiresMs();

    void setExpiresMs(long expiresMs);
}

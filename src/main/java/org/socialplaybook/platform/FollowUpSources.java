package org.socialplaybook.platform;

import java.util.List;

/**
 * A capability that raises follow-ups on a feedback board ({@link FollowUpIntake}) from data living on its own pages
 * (a training programme's check-ins, a team card's requests). The follow-ups live on the board's page; when the page
 * they were raised from goes to the trash the feedback capability asks here which ones they are, and hides them with
 * it.
 */
public interface FollowUpSources {
    /** The ids of the follow-ups raised from the data on the page, in any order (none: empty). */
    List<Long> raisedFrom(long pageId);
}

package org.socialplaybook.platform;

import java.util.Collection;
import java.util.Map;

/**
 * What became of follow-ups another capability recorded through {@link FollowUpIntake} (a team-card request, a
 * training check-in): open or done, and the Jira issue when it was linked or created. The feedback capability
 * answers, in one query per couple of hundred ids; an id that no longer exists is simply missing from the map.
 */
public interface FollowUpStates {
    Map<Long, FollowUpState> states(Collection<Long> followUpIds);
}

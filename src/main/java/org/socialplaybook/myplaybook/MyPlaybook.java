package org.socialplaybook.myplaybook;

import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.HeldRoles;
import org.socialplaybook.platform.ObjectivesOfPerson.ContributedObjective;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.SentRequests.SentRequest;

/**
 * What waits for one person across every space they may view, most urgent first: each entry is another capability's
 * open item with the space it is in. {@code counts}: entries by kind ({@code guideline}, {@code training},
 * {@code follow-up}); {@code overdue}: how many are overdue; {@code spaces}: how many spaces were looked at;
 * {@code roles}: the person's roles in the role matrices of those spaces (on pages they may view);
 * {@code objectives}: the objectives they contribute to, most pressing first; {@code requests}: the team-card requests
 * they sent, open ones first, newest first.
 */
record MyPlaybook(List<Entry> entries, Map<String, Integer> counts, int overdue, int spaces, List<HeldRoles> roles,
                  Map<String, String> spaceNames, List<ContributedObjective> objectives, List<SentRequest> requests) {
    MyPlaybook {
        entries = List.copyOf(entries);
        counts = Map.copyOf(counts);
        roles = List.copyOf(roles);
        spaceNames = Map.copyOf(spaceNames);
        objectives = List.copyOf(objectives);
        requests = List.copyOf(requests);
    }

    record Entry(String spaceKey, String spaceName, OpenItem item) {
    }
}

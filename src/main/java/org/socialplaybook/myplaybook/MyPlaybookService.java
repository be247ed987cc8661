package org.socialplaybook.myplaybook;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.HeldRoles;
import org.socialplaybook.platform.ObjectivesOfPerson;
import org.socialplaybook.platform.ObjectivesOfPerson.ContributedObjective;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.OpenItemsProvider;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.SentRequests;
import org.socialplaybook.platform.SentRequests.SentRequest;

/**
 * "My playbook": every open item of the caller in every space they may view, and their roles in those spaces' role
 * matrices, the objectives they contribute to and the team-card requests they sent, asked of each capability's port
 * ({@link OpenItemsProvider}, {@link RoleDirectory}, {@link ObjectivesOfPerson}, {@link SentRequests}) once for all
 * those spaces (so a render costs the same number of queries for 2 spaces or 200), each keeping only pages the caller
 * may view. Logged-in callers only.
 */
@Named
public class MyPlaybookService {
    private static final Comparator<MyPlaybook.Entry> MOST_URGENT_FIRST = Comparator
            .comparing(MyPlaybook.Entry::item, OpenItemsByReader.MOST_URGENT_FIRST)
            .thenComparing(MyPlaybook.Entry::spaceName, String.CASE_INSENSITIVE_ORDER);
    /** Requests still under way before those done; newest first within each. */
    private static final Comparator<SentRequest> OPEN_FIRST = Comparator.comparing(SentRequest::done)
            .thenComparing(SentRequest::sentAt, Comparator.reverseOrder());

    private final PageAccess access;
    private final CurrentUser currentUser;
    private final List<OpenItemsProvider> providers;
    private final RoleDirectory roles;
    private final ReaderAccess readers;
    private final ObjectivesOfPerson objectives;
    private final SentRequests requests;

    @Inject
    public MyPlaybookService(PageAccess access, CurrentUser currentUser, List<OpenItemsProvider> providers,
                             RoleDirectory roles, ReaderAccess readers, ObjectivesOfPerson objectives, SentRequests requests) {
        this.access = access;
        this.currentUser = currentUser;
        this.providers = List.copyOf(providers);
        this.roles = roles;
        this.readers = readers;
        this.objectives = objectives;
        this.requests = requests;
    }

    MyPlaybook forCurrentUser() {
        String userKey = currentUser.requireKey();
        Map<String, String> spaces = access.viewableSpaces();
        List<MyPlaybook.Entry> entries = new ArrayList<>();
        List<HeldRoles> held = new ArrayList<>();
        List<ContributedObjective> contributed = new ArrayList<>();
        List<SentRequest> sent = new ArrayList<>();
        if (!spaces.isEmpty()) {
            held.addAll(roles.rolesOfPerson(spaces.keySet(), userKey));
            Set<Long> visible = readers.viewablePages(userKey, held.stream().map(HeldRoles::pageId).toList());
            held.removeIf(h -> !visible.contains(h.pageId()));
            for (OpenItemsProvider provider : providers) {
                provider.openItemsInSpaces(spaces.keySet(), userKey).forEach((space, items) -> items.forEach(
                        item -> entries.add(new MyPlaybook.Entry(space, spaces.getOrDefault(space, space), item))));
            }
            contributed.addAll(objectives.objectivesOfPerson(spaces.keySet(), userKey));
            sent.addAll(requests.sentBy(spaces.keySet(), userKey));
            sent.sort(OPEN_FIRST);
        }
        entries.sort(MOST_URGENT_FIRST);
        Map<String, Integer> counts = new TreeMap<>();
        int overdue = 0;
        for (MyPlaybook.Entry e : entries) {
            counts.merge(e.item().kind(), 1, Integer::sum);
            overdue += e.item().overdue() ? 1 : 0;
        }
        return new MyPlaybook(entries, counts, overdue, spaces.size(), held, spaces, contributed, sent);
    }
}

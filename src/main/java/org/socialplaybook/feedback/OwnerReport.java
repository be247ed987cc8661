package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialplaybook.platform.Csv;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;

/**
 * The managers' space-wide view: open, overdue and done follow-ups by owner, every follow-up listed, CSV export. A
 * follow-up raised on someone's behalf (a check-in, a team request) is left out, counts included, for a reader who
 * may not edit the space's pages, unless they own it or it came from them ({@link FollowUpRules#canSee(FollowUp,
 * String, boolean)}).
 */
@Named
public class OwnerReport {
    private final FeedbackStore store;
    private final PageAccess access;
    private final People people;
    private final TimeSource time;
    private final Views views;
    private final CurrentUser currentUser;

    @Inject
    public OwnerReport(FeedbackStore store, PageAccess access, People people, TimeSource time, Views views,
                       CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.store = store;
        this.access = access;
        this.people = people;
        this.time = time;
        this.views = views;
    }

    /** One owner's line, with the widths (percent of the busiest owner) of the bar's three parts. */
    public record OwnerRow(String ownerKey, String name, int open, int overdue, int done, int total,
                           double openWidth, double overdueWidth, double doneWidth) {
    }

    public record Item(int id, String board, String title, String ownerKey, String owner, String due, String state,
                       boolean overdue, String jiraKey, String jiraStatus) {
    }

    public record Report(String spaceKey, List<OwnerRow> owners, List<Item> items, List<String> boards, int open,
                         int overdue, int done) {
    }

    public Report report(String spaceKey) {
        access.requireSpaceView(spaceKey);
        String viewer = currentUser.key().orElse(null);
        boolean editor = access.canEditSpace(spaceKey);
        List<FollowUp> all = store.followUpsInSpace(spaceKey).stream().filter(f -> FollowUpRules.canSee(f, viewer, editor)).toList();
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        Map<String, Person> names = people.describeAll(all.stream().map(FollowUp::ownerKey).filter(Objects::nonNull).toList());
        String nobody = views.text("social-playbook.feedback.owner.none");
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        int open = 0;
        int overdue = 0;
        int done = 0;
        Text reader = views.readerText();
        for (FollowUp f : all) {
            int[] c = counts.computeIfAbsent(f.ownerKey() == null ? "" : f.ownerKey(), k -> new int[3]);
            boolean late = f.overdue(today);
            if (!f.open()) {
                c[2]++;
                done++;
            } else if (late) {
                c[1]++;
                overdue++;
            } else {
                c[0]++;
                open++;
            }
            String owner = f.ownerKey() == null ? nobody : names.getOrDefault(f.ownerKey(), Person.unknown(f.ownerKey())).displayName();
            String state = !f.open() ? "done" : late ? "overdue" : "open";
            items.add(new Item(f.id(), f.boardKey(), f.titleIn(reader), f.ownerKey(), owner, f.due() == null ? null : f.due().toString(),
                    state, late, f.jiraKey(), f.jiraStatus()));
        }
        int busiest = counts.values().stream().mapToInt(c -> c[0] + c[1] + c[2]).max().orElse(1);
        List<OwnerRow> owners = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            String name = e.getKey().isEmpty() ? nobody : names.getOrDefault(e.getKey(), Person.unknown(e.getKey())).displayName();
            owners.add(new OwnerRow(e.getKey(), name, c[0], c[1], c[2], c[0] + c[1] + c[2],
                    100.0 * c[0] / busiest, 100.0 * c[1] / busiest, 100.0 * c[2] / busiest));
        }
        owners.sort(Comparator.comparingInt(OwnerRow::overdue).reversed().thenComparing(Comparator.comparingInt(OwnerRow::open).reversed())
                .thenComparing(OwnerRow::name));
        List<String> boards = all.stream().map(FollowUp::boardKey).distinct().sorted().toList();
        return new Report(spaceKey, owners, items, boards, open, overdue, done);
    }

    public String csv(String spaceKey) {
        Report report = report(spaceKey);
        List<List<String>> rows = new ArrayList<>();
        for (Item i : report.items()) {
            rows.add(java.util.Arrays.asList(i.board(), i.title(), i.owner(), i.due() == null ? "" : i.due(), i.state(),
                    i.jiraKey() == null ? "" : i.jiraKey(), i.jiraStatus() == null ? "" : i.jiraStatus()));
        }
        return Csv.write(List.of("board", "title", "owner", "due", "state", "jira", "jira status"), rows);
    }
}

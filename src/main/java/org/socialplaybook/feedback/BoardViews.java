package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.jira.JiraClient;
import org.socialplaybook.jira.JiraGateway;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.Views;

/**
 * A board as people see it, for the macro and for REST: follow-ups with their Jira status (cached, else the last
 * known one; never a Jira call while rendering), the feedback the viewer may see, and what was resolved for them.
 */
@Named
public class BoardViews {
    static final Duration RESOLVED_NOTICE = Duration.ofDays(14);

    private final FeedbackStore store;
    private final JiraStatusSync sync;
    private final JiraGateway gateway;
    private final PageAccess access;
    private final Services s;

    /** Small collaborators grouped (keeps the constructor short). */
    @Named
    public static class Services {
        final CurrentUser currentUser;
        final People people;
        final Views views;
        final org.socialplaybook.platform.TimeSource time;

        @Inject
        public Services(CurrentUser currentUser, People people, Views views, org.socialplaybook.platform.TimeSource time) {
            this.currentUser = currentUser;
            this.people = people;
            this.views = views;
            this.time = time;
        }
    }

    @Inject
    public BoardViews(FeedbackStore store, JiraStatusSync sync, JiraGateway gateway, PageAccess access, Services services) {
        this.store = store;
        this.sync = sync;
        this.gateway = gateway;
        this.access = access;
        this.s = services;
    }

    public record FollowUpView(int id, String title, String description, String ownerKey, String ownerName, String due,
                               boolean overdue, boolean done, boolean doneByJira, String jiraState, String jiraKey,
                               String jiraUrl, String status, String statusCategory, String lozenge, String assignee,
                               String resolution, boolean fresh, String reason, String nextTry, int version,
                               boolean mine, boolean selectable, String author, String subject) {
    }

    public record FeedbackView(int id, String kind, String kindText, String kindLozenge, String about, String aboutText,
                               String subject, String author, boolean privateItem, String text, String created) {
    }

    public record Board(String spaceKey, String boardKey, long pageId, String show, boolean canEdit, boolean spaceAdmin,
                        boolean jiraConfigured, String lastSynced, boolean stale, List<FollowUpView> followUps,
                        List<FeedbackView> feedback, List<FollowUpView> resolvedForYou, int open, int overdue, int done,
                        int waiting) {
    }

    public Board board(long pageId, String boardKey, String show) {
        PageRef page = access.requireView(pageId);
        String spaceKey = page.spaceKey();
        String viewer = s.currentUser.key().orElse(null);
        boolean spaceAdmin = access.isSpaceAdmin(spaceKey);
        boolean canEdit = access.canEdit(pageId);
        List<FollowUp> all = store.followUps(spaceKey, boardKey).stream()
                .filter(f -> FollowUpRules.canSee(f, viewer, canEdit || spaceAdmin)).toList();
        Map<String, JiraIssue> cached = sync.cached(spaceKey, all);
        Optional<JiraClient> client = gateway.client(spaceKey);
        LocalDate today = LocalDate.ofInstant(s.time.now(), ZoneOffset.UTC);

        Set<String> keys = new HashSet<>();
        all.forEach(f -> {
            keys.add(f.ownerKey());
            keys.add(f.authorKey());
            keys.add(f.subjectKey());
        });
        List<FeedbackItem> items = new ArrayList<>();
        // a follow-up made from private feedback the viewer may not read does not tell them whom it was about
        Set<Integer> hiddenFeedback = new HashSet<>();
        for (FeedbackItem i : store.feedback(spaceKey, boardKey)) {
            if (FollowUpRules.canSee(i, viewer, spaceAdmin)) {
                items.add(i);
            } else {
                hiddenFeedback.add(i.id());
            }
        }
        items.forEach(i -> {
            keys.add(i.authorKey());
            if (i.subject() == FeedbackEnums.Subject.PERSON) {
                keys.add(i.subjectRef());
            }
        });
        keys.remove(null);
        Map<String, Person> people = s.people.describeAll(keys);

        List<FollowUpView> rows = new ArrayList<>();
        List<FollowUpView> resolved = new ArrayList<>();
        int open = 0;
        int overdue = 0;
        int done = 0;
        int waiting = 0;
        boolean stale = false;
        for (FollowUp f : all) {
            FollowUpView row = row(f, cached.get(f.jiraKey()), client, people, viewer, today, !hiddenFeedback.contains(f.feedbackId()));
            stale |= f.jiraKey() != null && !row.fresh();
            open += f.open() ? 1 : 0;
            overdue += f.overdue(today) ? 1 : 0;
            done += f.open() ? 0 : 1;
            waiting += f.jiraState() == JiraState.WAITING ? 1 : 0;
            if (f.doneByJira() && f.doneAt() != null && viewer != null
                    && (viewer.equals(f.authorKey()) || viewer.equals(f.subjectKey()))
                    && f.doneAt().isAfter(s.time.now().minus(RESOLVED_NOTICE))) {
                resolved.add(row);
            }
            if ("open".equals(show) && !f.open() || "mine".equals(show) && (viewer == null || !viewer.equals(f.ownerKey()))) {
                continue;
            }
            rows.add(row);
        }
        List<FeedbackView> feedback = items.stream().map(i -> feedback(i, people)).toList();
        String last = sync.lastSynced(spaceKey, boardKey, all).map(BoardViews::iso).orElse(null);
        return new Board(spaceKey, boardKey, pageId, show, canEdit, spaceAdmin, client.isPresent(), last,
                stale, rows, feedback, resolved, open, overdue, done, waiting);
    }

    FollowUpView row(FollowUp f, JiraIssue live, Optional<JiraClient> client, Map<String, Person> people, String viewer,
                     LocalDate today, boolean showSubject) {
        String status = live != null ? live.status() : f.jiraStatus();
        String category = live != null ? live.statusCategory() : f.jiraStatusCategory();
        String assignee = live != null ? live.assigneeDisplayName() : f.jiraAssignee();
        String resolution = live != null ? live.resolution() : f.jiraResolution();
        String url = f.jiraKey() == null ? null : live != null ? live.url() : client.map(c -> c.browseUrl(f.jiraKey())).orElse(null);
        String lozenge = switch (category == null ? "" : category) {
            case "done" -> "aui-lozenge-success";
            case "indeterminate" -> "aui-lozenge-inprogress";
            case "new" -> "aui-lozenge-default";
            case "missing" -> "aui-lozenge-removed";
            default -> "aui-lozenge-subtle";
        };
        String reason = f.lastError() != null ? s.views.text(f.lastError())
                : f.jiraState() == JiraState.WAITING ? s.views.text("social-playbook.feedback.waiting.queued") : null;
        Person owner = f.ownerKey() == null ? null : people.getOrDefault(f.ownerKey(), Person.unknown(f.ownerKey()));
        Text reader = s.views.readerText();
        return new FollowUpView(f.id(), f.titleIn(reader), f.descriptionIn(reader), f.ownerKey(), owner == null ? null : owner.displayName(),
                f.due() == null ? null : f.due().toString(), f.overdue(today), !f.open(), f.doneByJira(),
                f.jiraState().name(), f.jiraKey(), url, status, category, lozenge, assignee, resolution, live != null,
                reason, f.nextTry() == null ? null : iso(f.nextTry()), f.version(),
                viewer != null && viewer.equals(f.ownerKey()),
                // selectable for "Create in Jira": only when the space has a Jira connection to create them in
                client.isPresent() && f.open() && (f.jiraState() == JiraState.LOCAL || f.jiraState() == JiraState.FAILED),
                name(people, f.authorKey()), showSubject ? name(people, f.subjectKey()) : null);
    }

    private FeedbackView feedback(FeedbackItem i, Map<String, Person> people) {
        String subject = i.subject() == FeedbackEnums.Subject.PERSON ? name(people, i.subjectRef()) : i.subjectRef();
        String kind = i.kind().name().toLowerCase(java.util.Locale.ROOT);
        String about = i.subject().name().toLowerCase(java.util.Locale.ROOT);
        return new FeedbackView(i.id(), kind, s.views.text("social-playbook.feedback.kind." + kind),
                i.kind() == FeedbackEnums.Kind.PRAISE ? "aui-lozenge-success" : "aui-lozenge-moved", about,
                s.views.text("social-playbook.feedback.about." + about), subject, name(people, i.authorKey()),
                i.visibility() == FeedbackEnums.Visibility.PRIVATE, i.body(),
                i.createdAt() == null ? null : i.createdAt().toString().substring(0, 10));
    }

    private static String name(Map<String, Person> people, String key) {
        if (key == null) {
            return null;
        }
        Person p = people.get(key);
        return p == null ? key : p.displayName();
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** Everything a template needs for the board. */
    public Map<String, Object> model(Board board, Map<String, Object> extra) {
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("board", board);
        model.put("rows", board.followUps());
        model.put("feedback", board.feedback());
        model.put("resolved", board.resolvedForYou());
        return model;
    }

    /** Owners of follow-ups as people (for lookups in the managers' view). */
    Map<String, Person> people(Collection<String> keys) {
        return s.people.describeAll(keys);
    }
}

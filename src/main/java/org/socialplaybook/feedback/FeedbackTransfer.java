package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialplaybook.feedback.FeedbackEnums.Kind;
import org.socialplaybook.feedback.FeedbackEnums.State;
import org.socialplaybook.feedback.FeedbackEnums.Subject;
import org.socialplaybook.feedback.FeedbackEnums.Visibility;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;

/**
 * The space's feedback boards in an export, one item per board: feedback (author, subject, kind, visibility, text,
 * when) and follow-ups (title, description, owner, due day, author, subject, the feedback they came from, done or
 * open, and the Jira issue they are linked to with its last known status). Imported linked to the same Jira keys;
 * follow-ups still waiting to be filed in Jira stay in Confluence (a space admin files them again). The page of a
 * feedback or follow-up is found by title; those without a page (raised from check-ins or team requests) stay
 * without one.
 */
@Named
public class FeedbackTransfer implements SpaceDataPort<FeedbackTransfer.BoardItem> {
    private final FeedbackStore store;

    @Inject
    public FeedbackTransfer(FeedbackStore store) {
        this.store = store;
    }

    public record BoardItem(String board, List<FeedbackEntry> feedback, List<FollowUpEntry> followUps) {
        public BoardItem {
            feedback = feedback == null ? List.of() : List.copyOf(feedback);
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }
    }

    public record FeedbackEntry(PageLink page, String authorKey, Subject subject, String subjectRef, Kind kind,
                                Visibility visibility, String body, @IsoText Instant createdAt) {
    }

    /**
     * {@code feedback}: the index of the feedback it came from in this board's list, or null. {@code titleMsg},
     * {@code descriptionMsg}: a title and description the plugin wrote, as keys and arguments
     * ({@link GeneratedText} JSON, so each reader of the target reads them in their language); null for typed texts,
     * and an unreadable one falls back to {@code title} / {@code description}. {@code id}: the follow-up's id in the
     * source, only for the team requests and training check-ins of the document that raised it (never reused).
     */
    public record FollowUpEntry(PageLink page, String title, String description, String ownerKey, @IsoText LocalDate due,
                                String authorKey, String subjectKey, Integer feedback, State state,
                                @IsoText Instant createdAt, @IsoText Instant doneAt, String jiraKey, String jiraStatus,
                                String jiraStatusCategory, String jiraAssignee, String jiraResolution, String titleMsg,
                                String descriptionMsg, Long id) {
    }

    @Override
    public String capability() {
        return "feedback";
    }

    @Override
    public Class<BoardItem> itemType() {
        return BoardItem.class;
    }

    @Override
    public List<BoardItem> export(String spaceKey, TransferPages pages) {
        Map<String, List<FeedbackItem>> feedback = new TreeMap<>();
        for (FeedbackItem f : store.feedbackInSpace(spaceKey)) {
            feedback.computeIfAbsent(f.boardKey(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<FollowUp>> followUps = new TreeMap<>();
        for (FollowUp f : store.followUpsInSpace(spaceKey)) {
            followUps.computeIfAbsent(f.boardKey(), k -> new ArrayList<>()).add(f);
            feedback.computeIfAbsent(f.boardKey(), k -> new ArrayList<>());
        }
        List<BoardItem> items = new ArrayList<>();
        feedback.forEach((board, list) -> {
            Map<Integer, Integer> index = new HashMap<>();
            List<FeedbackEntry> entries = new ArrayList<>();
            for (FeedbackItem f : list) {
                index.put(f.id(), entries.size());
                entries.add(new FeedbackEntry(f.pageId() == 0 ? null : pages.link(f.pageId()), f.authorKey(), f.subject(),
                        f.subjectRef(), f.kind(), f.visibility(), f.body(), f.createdAt()));
            }
            List<FollowUpEntry> ups = followUps.getOrDefault(board, List.of()).stream().map(f -> new FollowUpEntry(
                    f.pageId() == 0 ? null : pages.link(f.pageId()), f.title(), f.description(), f.ownerKey(), f.due(),
                    f.authorKey(), f.subjectKey(), index.get(f.feedbackId()), f.state(), f.createdAt(), f.doneAt(),
                    f.jiraKey(), f.jiraStatus(), f.jiraStatusCategory(), f.jiraAssignee(), f.jiraResolution(),
                    f.titleText() == null ? null : f.titleText().toJson(),
                    f.descriptionText() == null ? null : f.descriptionText().toJson(), (long) f.id())).toList();
            items.add(new BoardItem(board, entries, ups));
        });
        return items;
    }

    @Override
    public void check(BoardItem item, TransferCheck check) {
        boolean named = check.rule("board", () -> FollowUpRules.boardKey(item.board())) != null;
        for (int i = 0; i < item.feedback().size(); i++) {
            FeedbackEntry f = item.feedback().get(i);
            String field = "feedback[" + i + "]";
            if (f.page() != null) {
                check.requirePage(field + ".page", f.page());
            }
            if (f.subject() == null || f.kind() == null || f.visibility() == null || f.createdAt() == null
                    || f.authorKey() == null) {
                check.error(field, "social-playbook.transfer.error.text-required");
            } else {
                check.users(field + ".authorKey", List.of(f.authorKey()));
            }
            check.requireText(field + ".body", f.body(), FollowUpRules.MAX_FEEDBACK);
            check.optionalText(field + ".subjectRef", f.subjectRef(), FollowUpRules.MAX_SUBJECT);
        }
        for (int i = 0; i < item.followUps().size(); i++) {
            FollowUpEntry f = item.followUps().get(i);
            String field = "followUps[" + i + "]";
            if (f.page() != null) {
                check.requirePage(field + ".page", f.page());
            }
            check.requireText(field + ".title", f.title(), FollowUpRules.MAX_TITLE);
            check.optionalText(field + ".description", f.description(), FollowUpRules.MAX_DESCRIPTION);
            if (f.state() == null || f.createdAt() == null || f.authorKey() == null) {
                check.error(field, "social-playbook.transfer.error.text-required");
            }
            if (f.feedback() != null && (f.feedback() < 0 || f.feedback() >= item.feedback().size())) {
                check.error(field + ".feedback", "social-playbook.transfer.error.unknown-feedback", f.feedback());
            }
            if (f.jiraKey() != null && !f.jiraKey().matches("[A-Z][A-Z0-9_]{0,30}-[1-9][0-9]{0,9}")) {
                check.error(field + ".jiraKey", "social-playbook.transfer.error.jira-key", f.jiraKey());
            }
            if (f.id() != null && check.unique(field + ".id", SpaceDataPort.followUpReference(f.id()))) {
                check.provides(SpaceDataPort.followUpReference(f.id()));
            }
            List<String> people = new ArrayList<>();
            for (String key : new String[] {f.ownerKey(), f.authorKey(), f.subjectKey()}) {
                if (key != null) {
                    people.add(key);
                }
            }
            check.users(field, people);
        }
        if (named && check.unique("board", FollowUpRules.boardKey(item.board())) && (!store.feedback(check.targetSpace(), item.board()).isEmpty()
                || !store.followUps(check.targetSpace(), item.board()).isEmpty())) {
            check.collides("board", item.board());
        }
        check.creates(item.board(), item.feedback().size() + item.followUps().size());
    }

    @Override
    public void importItem(BoardItem item, TransferTarget target) {
        String board = FollowUpRules.boardKey(item.board());
        List<Integer> feedbackIds = new ArrayList<>();
        for (FeedbackEntry f : item.feedback()) {
            feedbackIds.add(store.createFeedback(target.spaceKey(), board, f.page() == null ? 0 : target.pageId(f.page()),
                    f.authorKey(), f.subject(), f.subjectRef(), f.kind(), f.visibility(), f.body(), f.createdAt()).id());
        }
        for (FollowUpEntry f : item.followUps()) {
            int feedbackId = f.feedback() == null ? 0 : feedbackIds.get(f.feedback());
            FollowUp created = store.createFollowUp(new NewFollowUp(target.spaceKey(), board,
                    f.page() == null ? 0 : target.pageId(f.page()), f.title(), f.description(), f.ownerKey(), f.due(),
                    f.authorKey(), f.subjectKey(), feedbackId, null, GeneratedText.fromJson(f.titleMsg()).orElse(null),
                    GeneratedText.fromJson(f.descriptionMsg()).orElse(null)), f.createdAt());
            if (f.id() != null) {
                target.imported(SpaceDataPort.followUpReference(f.id()), created.id());
            }
            if (f.jiraKey() != null) {
                created = store.markLinked(created.id(), f.jiraKey(), new JiraIssue(f.jiraKey(), f.title(), f.jiraStatus(),
                        f.jiraStatusCategory(), null, f.jiraAssignee(), f.jiraResolution(), null), target.now());
            }
            if (f.state() == State.DONE) {
                store.setState(created.id(), created.version(), State.DONE, f.doneAt() == null ? target.now() : f.doneAt());
            }
        }
    }
}

package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.feedback.FeedbackEnums.Subject;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;

/** Recording feedback and follow-ups on a board: anyone who can edit the page; viewers read what they may see. */
@Named
public class FeedbackService {
    private final FeedbackStore store;
    private final PageAccess access;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;

    @Inject
    public FeedbackService(FeedbackStore store, PageAccess access, CurrentUser currentUser, People people, TimeSource time) {
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
    }

    /** The request body of "record feedback". {@code subject} is a username for a person, else free text. */
    public record FeedbackInput(String about, String subject, String kind, String visibility, String text) {
    }

    /** The request body of "add a follow-up". {@code owner} is a username. */
    public record FollowUpInput(String title, String owner, String due, String description, Integer feedbackId) {
    }

    public FeedbackItem recordFeedback(long pageId, String board, FeedbackInput input) {
        PageRef page = access.requireEdit(pageId);
        String boardKey = FollowUpRules.boardKey(board);
        if (input == null) {
            throw PlaybookException.invalid("social-playbook.feedback.body-required");
        }
        Subject about = parse(Subject.class, input.about(), "about");
        FeedbackEnums.Kind kind = parse(FeedbackEnums.Kind.class, input.kind(), "kind");
        FeedbackEnums.Visibility visibility = input.visibility() == null || input.visibility().isBlank()
                ? FeedbackEnums.Visibility.PAGE : parse(FeedbackEnums.Visibility.class, input.visibility(), "visibility");
        String subjectRef;
        if (about == Subject.PERSON) {
            subjectRef = person(input.subject(), "subject").key();
        } else {
            subjectRef = FollowUpRules.text("subject", input.subject(), FollowUpRules.MAX_SUBJECT, true);
        }
        String text = FollowUpRules.text("text", input.text(), FollowUpRules.MAX_FEEDBACK, true);
        return store.createFeedback(page.spaceKey(), boardKey, pageId, currentUser.requireKey(), about, subjectRef, kind,
                visibility, text, time.now());
    }

    public FollowUp addFollowUp(long pageId, String board, FollowUpInput input) {
        PageRef page = access.requireEdit(pageId);
        String boardKey = FollowUpRules.boardKey(board);
        if (input == null) {
            throw PlaybookException.invalid("social-playbook.feedback.body-required");
        }
        String title = FollowUpRules.title(input.title());
        String description = FollowUpRules.text("description", input.description(), FollowUpRules.MAX_DESCRIPTION, false);
        String owner = input.owner() == null || input.owner().isBlank() ? null : person(input.owner(), "owner").key();
        String subjectKey = null;
        int feedbackId = -1;
        if (input.feedbackId() != null && input.feedbackId() >= 0) {
            FeedbackItem item = store.feedbackItem(input.feedbackId())
                    .filter(f -> f.spaceKey().equals(page.spaceKey()) && f.boardKey().equals(boardKey))
                    .orElseThrow(() -> PlaybookException.invalidField("feedbackId", "social-playbook.feedback.feedback-not-found"));
            feedbackId = item.id();
            subjectKey = item.subject() == Subject.PERSON ? item.subjectRef() : null;
        }
        return store.createFollowUp(new NewFollowUp(page.spaceKey(), boardKey, pageId, title, description, owner,
                FollowUpRules.due(input.due()), currentUser.requireKey(), subjectKey, feedbackId, null), time.now());
    }

    /** Marks a follow-up done (or open again); 409 when someone changed it since the caller loaded it. */
    public FollowUp setDone(long pageId, String board, int id, boolean done, int version) {
        PageRef page = access.requireEdit(pageId);
        requireOnBoard(page, FollowUpRules.boardKey(board), id);
        return store.setState(id, version, done ? FeedbackEnums.State.DONE : FeedbackEnums.State.OPEN, time.now());
    }

    FollowUp requireOnBoard(PageRef page, String boardKey, int id) {
        return store.followUp(id).filter(f -> f.spaceKey().equals(page.spaceKey()) && f.boardKey().equals(boardKey))
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.feedback.followup-not-found", String.valueOf(id)));
    }

    private Person person(String username, String field) {
        if (username == null || username.isBlank()) {
            throw PlaybookException.invalidField(field, "social-playbook.feedback.person-required");
        }
        return people.byUsername(username.trim())
                .orElseThrow(() -> PlaybookException.invalidField(field, "social-playbook.feedback.person-unknown", username.trim()));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlaybookException.invalidField(field, "social-playbook.feedback.choice-invalid", field);
        }
    }

    List<FeedbackItem> feedbackOn(String spaceKey, String boardKey) {
        return store.feedback(spaceKey, boardKey);
    }
}

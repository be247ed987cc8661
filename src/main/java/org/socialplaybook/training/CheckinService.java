package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.TrainingRules.Standing;

/**
 * Step 5 inside the tracker: after completing the programme a learner answers a short check-in (confidence 1-5, a
 * comment, "I need help"). Low confidence or a request for help raises a follow-up for the trainer; the tracker
 * lists those check-ins for its editors, who can retry a follow-up that could not be recorded and mark one handled.
 */
@Named
public class CheckinService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckinService.class);
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_LISTED = 100;

    private final TrainingStore store;
    private final ProgrammeService programmes;
    private final TrainingReports reports;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final FollowUps followUps;

    @Inject
    public CheckinService(TrainingStore store, ProgrammeService programmes, TrainingReports reports, CurrentUser currentUser,
                          TimeSource time, FollowUps followUps) {
        this.store = store;
        this.programmes = programmes;
        this.reports = reports;
        this.currentUser = currentUser;
        this.time = time;
        this.followUps = followUps;
    }

    public Checkin checkIn(int programmeId, Requests.CheckinBody body) {
        Programme p = programmes.viewable(programmeId);
        String me = currentUser.requireKey();
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        Integer confidence = body.confidence();
        if (confidence == null || confidence < 1 || confidence > 5) {
            throw PlaybookException.invalidField("confidence", "social-playbook.training.checkin.confidence");
        }
        String comment = body.comment() == null ? "" : body.comment().strip();
        if (comment.length() > MAX_COMMENT) {
            throw PlaybookException.invalidField("comment", "social-playbook.training.checkin.comment-long", MAX_COMMENT);
        }
        boolean needsHelp = Boolean.TRUE.equals(body.needsHelp());
        Standing standing = reports.personal(p, me).standing();
        if (standing.state() != TrainingRules.PersonState.COMPLETE) {
            throw PlaybookException.invalid("social-playbook.training.checkin.not-complete");
        }
        boolean flagged = TrainingRules.needsFollowUp(confidence, needsHelp);
        Checkin saved = store.transaction(() -> {
            Checkin latest = store.latestCheckin(p.id(), me).orElse(null);
            if (!TrainingRules.mayCheckIn(standing, latest)) {
                throw PlaybookException.conflict("social-playbook.training.checkin.already");
            }
            return store.addCheckin(p.id(), me, confidence, needsHelp, comment.isEmpty() ? null : comment, flagged, time.now());
        });
        if (flagged) {
            try {
                followUps.raise(p, saved);
            } catch (RuntimeException e) {
                // the check-in is kept and listed as "follow-up not recorded yet"; a trainer can retry it
                LOG.warn("Follow-up for training check-in {} could not be recorded", saved.id(), e);
            }
        }
        return store.checkin(p.id(), saved.id()).orElse(saved);
    }

    public java.util.Optional<Checkin> latest(Programme p, String userKey) {
        return store.latestCheckin(p.id(), userKey);
    }

    /** The check-ins that asked for a follow-up (editors): open ones first, newest first. */
    public List<Checkin> flagged(int programmeId) {
        Programme p = programmes.editable(programmeId);
        return flagged(p);
    }

    public List<Checkin> flagged(Programme p) {
        List<Checkin> all = new java.util.ArrayList<>(store.flaggedCheckins(p.id(), MAX_LISTED));
        all.sort(java.util.Comparator.comparing((Checkin c) -> c.handledAt() != null)
                .thenComparing(Checkin::id, java.util.Comparator.reverseOrder()));
        return all;
    }

    /** Records the follow-up of a flagged check-in that has none yet (idempotent). */
    public Checkin retryFollowUp(int programmeId, int checkinId) {
        Programme p = programmes.editable(programmeId);
        Checkin c = flaggedCheckin(p, checkinId);
        followUps.raise(p, c);
        return store.checkin(p.id(), checkinId).orElseThrow();
    }

    public Checkin markHandled(int programmeId, int checkinId) {
        Programme p = programmes.editable(programmeId);
        String me = currentUser.requireKey();
        Checkin c = flaggedCheckin(p, checkinId);
        if (c.handledAt() == null) {
            store.transaction(() -> {
                store.markHandled(c.id(), me, time.now());
                return null;
            });
        }
        return store.checkin(p.id(), checkinId).orElseThrow();
    }

    private Checkin flaggedCheckin(Programme p, int checkinId) {
        return store.checkin(p.id(), checkinId).filter(Checkin::flagged).orElseThrow(() ->
                PlaybookException.notFound("social-playbook.training.checkin.not-found", checkinId));
    }
}

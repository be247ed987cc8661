package org.socialplaybook.training;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.training.Model.Programme;

/**
 * {@code /training/programmes/{id}}: the training tracker over REST, for licensed (logged-in) users. Reading a
 * programme and changing one's own status or checking in need view permission on the programme's page; the people
 * grid, other people's statuses, sessions and follow-ups need edit permission there (trainers). Modules:
 * {@link TrainingModulesResource}; CSV: {@link TrainingCsvResource}.
 * Permissions are checked in the services; bad input is a 400 with a translated message and changes nothing.
 */
@LicensedOnly
@Path("/training/programmes/{programmeId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {
    private final ProgrammeService programmes;
    private final ProgressService progress;
    private final CheckinService checkins;
    private final TrainingReports reports;
    private final TrainingViews views;
    private final CurrentUser currentUser;

    @Inject
    public TrainingResource(ProgrammeService programmes, ProgressService progress, CheckinService checkins,
                            TrainingReports reports, TrainingViews views, CurrentUser currentUser) {
        this.programmes = programmes;
        this.progress = progress;
        this.checkins = checkins;
        this.reports = reports;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The programme with the caller's own training, and for page editors the figures ({@code null} for others). */
    public record ProgrammeResponse(TrainingViews.ProgrammeState state, TrainingViews.FiguresView figures) {
    }

    public record Changed(int changed) {
    }

    @GET
    public ProgrammeResponse get(@PathParam("programmeId") int programmeId) {
        Programme p = programmes.viewable(programmeId);
        TrainingReports.Snapshot s = reports.snapshot(p);
        String me = currentUser.requireKey();
        TrainingViews.MyView mine = views.me(reports.standingOf(s, me), s.inAudience(me), reports.rowsOf(p, me),
                checkins.latest(p, me).orElse(null));
        boolean canEdit = programmes.canEdit(p);
        return new ProgrammeResponse(views.state(p, views.modules(s.modules()), mine, canEdit, true,
                List.copyOf(s.audience().roles().keySet())), canEdit ? views.figures(reports.figures(s), s.modules()) : null);
    }

    // --- a learner's own training ---

    @PUT
    @Path("my/modules/{moduleId}")
    public TrainingViews.MyView setMine(@PathParam("programmeId") int programmeId, @PathParam("moduleId") int moduleId,
                                        Requests.MyStatusBody body) {
        Programme p = progress.setMine(programmeId, moduleId, required(body));
        return me(p);
    }

    @POST
    @Path("checkins")
    public TrainingViews.MyView checkIn(@PathParam("programmeId") int programmeId, Requests.CheckinBody body) {
        checkins.checkIn(programmeId, required(body));
        return me(programmes.viewable(programmeId));
    }

    private TrainingViews.MyView me(Programme p) {
        String me = currentUser.requireKey();
        TrainingReports.Personal personal = reports.personal(p, me);
        return views.me(personal.standing(), personal.inAudience(), personal.rows(), checkins.latest(p, me).orElse(null));
    }

    // --- trainers ---

    @GET
    @Path("people")
    public TrainingViews.GridView people(@PathParam("programmeId") int programmeId, @QueryParam("team") String team,
                                         @QueryParam("role") String role, @QueryParam("status") String status,
                                         @QueryParam("q") String text, @QueryParam("sort") String sort,
                                         @QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("25") int limit) {
        Programme p = programmes.editable(programmeId);
        if (text != null && text.length() > 100) {
            throw PlaybookException.invalidField("q", "social-playbook.training.grid.text-long", 100);
        }
        TrainingReports.Snapshot s = reports.snapshot(p);
        TrainingReports.GridPage page = reports.grid(s, new TrainingReports.GridQuery(team, role, status, text, sort, offset, limit),
                Locale.ROOT);
        return views.grid(page, s.modules());
    }

    @GET
    @Path("people/{userKey}/history")
    public List<TrainingViews.HistoryView> history(@PathParam("programmeId") int programmeId,
                                                   @PathParam("userKey") String userKey) {
        Programme p = programmes.viewable(programmeId);
        if (!userKey.equals(currentUser.requireKey())) {
            p = programmes.editable(programmeId);
        }
        return views.history(reports.history(p, userKey));
    }

    @PUT
    @Path("people/{userKey}/modules/{moduleId}")
    public Changed setFor(@PathParam("programmeId") int programmeId, @PathParam("userKey") String userKey,
                          @PathParam("moduleId") int moduleId, Requests.StatusBody body) {
        progress.setFor(programmeId, userKey, moduleId, required(body));
        return new Changed(1);
    }

    @POST
    @Path("sessions")
    public Changed session(@PathParam("programmeId") int programmeId, Requests.SessionBody body) {
        return new Changed(progress.recordSession(programmeId, required(body)));
    }

    @GET
    @Path("followups")
    public List<TrainingViews.FollowUpView> followUps(@PathParam("programmeId") int programmeId) {
        return views.followUps(checkins.flagged(programmeId));
    }

    @POST
    @Path("checkins/{checkinId}/followup")
    public TrainingViews.FollowUpView retryFollowUp(@PathParam("programmeId") int programmeId,
                                                    @PathParam("checkinId") int checkinId) {
        return views.followUps(List.of(checkins.retryFollowUp(programmeId, checkinId))).get(0);
    }

    @POST
    @Path("checkins/{checkinId}/handled")
    public TrainingViews.FollowUpView handled(@PathParam("programmeId") int programmeId,
                                              @PathParam("checkinId") int checkinId) {
        return views.followUps(List.of(checkins.markHandled(programmeId, checkinId))).get(0);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        return body;
    }
}

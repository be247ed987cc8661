package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.CsvDownload;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.training.Model.Programme;

/**
 * {@code /training/programmes/{id}}: the training tracker over REST, for licensed (logged-in) users. Reading a
 * programme and changing one's own status or checking in need view permission on the programme's page; the people
 * grid, other people's statuses, sessions, modules, follow-ups and CSV need edit permission there (trainers).
 * Permissions are checked in the services; bad input is a 400 with a translated message and changes nothing.
 */
@Path("/training/programmes/{programmeId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {
    private final ProgrammeService programmes;
    private final ProgressService progress;
    private final CheckinService checkins;
    private final TrainingReports reports;
    private final TrainingCsv csv;
    private final TrainingViews views;
    private final CurrentUser currentUser;

    @Inject
    public TrainingResource(ProgrammeService programmes, ProgressService progress, CheckinService checkins,
                            TrainingReports reports, TrainingCsv csv, TrainingViews views, CurrentUser currentUser) {
        this.programmes = programmes;
        this.progress = progress;
        this.checkins = checkins;
        this.reports = reports;
        this.csv = csv;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The programme with the caller's own training and the figures. */
    public record ProgrammeResponse(TrainingViews.ProgrammeState state, TrainingViews.FiguresView figures) {
    }

    /** The modules after a change, with the version the next change must carry. */
    public record ModulesResponse(int version, List<TrainingViews.ModuleView> modules) {
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
        return new ProgrammeResponse(views.state(p, views.modules(s.modules()), mine, programmes.canEdit(p), true,
                List.copyOf(s.audience().roles().keySet())), views.figures(reports.figures(s), s.modules()));
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

    // --- modules ---

    @POST
    @Path("modules")
    public ModulesResponse addModule(@PathParam("programmeId") int programmeId, Requests.ModuleBody body) {
        return modules(programmeId, programmes.addModule(programmeId, required(body)));
    }

    @PUT
    @Path("modules/order")
    public ModulesResponse reorder(@PathParam("programmeId") int programmeId, Requests.OrderBody body) {
        return modules(programmeId, programmes.reorderModules(programmeId, required(body)));
    }

    @PUT
    @Path("modules/{moduleId}")
    public ModulesResponse updateModule(@PathParam("programmeId") int programmeId, @PathParam("moduleId") int moduleId,
                                        Requests.ModuleBody body) {
        return modules(programmeId, programmes.updateModule(programmeId, moduleId, required(body)));
    }

    @DELETE
    @Path("modules/{moduleId}")
    public ModulesResponse deleteModule(@PathParam("programmeId") int programmeId, @PathParam("moduleId") int moduleId,
                                        @QueryParam("version") Integer version) {
        return modules(programmeId, programmes.deleteModule(programmeId, moduleId, version));
    }

    private ModulesResponse modules(int programmeId, List<Model.Module> modules) {
        return new ModulesResponse(programmes.version(programmeId), views.modules(modules));
    }

    // --- CSV ---

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("programmeId") int programmeId) {
        Programme p = programmes.editable(programmeId);
        return CsvDownload.of("training-" + p.code() + ".csv", csv.export(programmeId));
    }

    @POST
    @Path("import/preview")
    public TrainingCsv.Preview previewImport(@PathParam("programmeId") int programmeId, Requests.ImportBody body) {
        return csv.preview(programmeId, required(body));
    }

    @POST
    @Path("import")
    public Changed applyImport(@PathParam("programmeId") int programmeId, Requests.ImportBody body) {
        return new Changed(csv.apply(programmeId, required(body)));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        return body;
    }
}

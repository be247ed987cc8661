package org.socialplaybook.training;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.TrainingRules.Standing;

/**
 * {@code training-tracker}: a programme's modules and the reader's own training (status, start / complete, the
 * check-in) for everyone who can view the page; for editors (trainers) only the completion figures and chart, the
 * people grid, sessions, follow-ups, module editing and CSV. Parameters: key, title, users, groups, matrix, roles,
 * due, dueDays, trainer, teams.
 */
public class TrainingTrackerMacro implements Macro {
    static final String RESOURCES = "training-tracker-resources";

    private final MacroSettings settings;
    private final ProgrammeService programmes;
    private final TrainingReports reports;
    private final CheckinService checkins;
    private final TrainingViews trainingViews;
    private final CurrentUser currentUser;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public TrainingTrackerMacro(MacroSettings settings, ProgrammeService programmes, TrainingReports reports,
                                CheckinService checkins, TrainingViews trainingViews, CurrentUser currentUser, Views views,
                                RenderedMacros rendered) {
        this.settings = settings;
        this.programmes = programmes;
        this.reports = reports;
        this.checkins = checkins;
        this.trainingViews = trainingViews;
        this.currentUser = currentUser;
        this.views = views;
        this.rendered = rendered;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources(RESOURCES); // on every view: a kept render does not ask for them again
        return rendered.render("training-tracker", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            MacroSettings.Parsed parsed = settings.parse(parameters, page.spaceKey());
            if (page.pageId() == 0) {
                return views.render("templates/training/preview.vm", Map.of("title", parsed.settings().title()));
            }
            Programme programme = programmes.open(page, parsed);
            TrainingReports.Snapshot snapshot = reports.snapshotAndRecord(programme);
            String viewer = currentUser.key().orElse(null);
            boolean canEdit = programmes.canEdit(programme);
            return views.render("templates/training/tracker.vm", model(snapshot, viewer, canEdit));
        } catch (PlaybookException e) {
            return views.error(e);
        }
    }

    private Map<String, Object> model(TrainingReports.Snapshot snapshot, String viewer, boolean canEdit) {
        Programme p = snapshot.programme();
        List<TrainingViews.ModuleView> modules = trainingViews.modules(snapshot.modules());
        TrainingViews.MyView me = null;
        if (viewer != null) {
            Standing standing = reports.standingOf(snapshot, viewer);
            Checkin latest = checkins.latest(p, viewer).orElse(null);
            me = trainingViews.me(standing, snapshot.inAudience(viewer), reports.rowsOf(p, viewer), latest);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("programmeId", p.id());
        model.put("title", p.title());
        model.put("audienceText", trainingViews.audienceText(p, !snapshot.modules().isEmpty()));
        model.put("modules", modules);
        model.put("moduleRows", TrainingViews.rows(modules, me));
        model.put("me", me == null ? "" : me);
        model.put("showMe", me != null && !modules.isEmpty());
        model.put("canEdit", canEdit);
        if (canEdit) {
            // The trainer's figures and chart tell who finished: page editors only (a view-only reader with one
            // colleague in the programme would read the colleague's progress off them).
            model.put("figures", trainingViews.figures(reports.figures(snapshot), snapshot.modules()));
            model.put("chart", trainingViews.chart(reports.chart(snapshot)));
        }
        model.put("warnings", canEdit ? warnings(snapshot) : List.of());
        List<TrainingViews.FollowUpView> followUps = canEdit ? trainingViews.followUps(checkins.flagged(p)) : List.of();
        model.put("followUps", followUps);
        model.put("openFollowUps", followUps.stream().filter(f -> !f.handled()).count());
        model.put("exportUrl", "/rest/social-playbook/1.0/training/programmes/" + p.id() + "/csv");
        TrainingViews.ProgrammeState state = trainingViews.state(p, modules, me, canEdit, viewer != null,
                List.copyOf(snapshot.audience().roles().keySet()));
        model.put("stateJson", Views.json(state));
        return model;
    }

    /** Configured roles the matrix no longer has, or a matrix that has no roles: the trainer should know. */
    private List<String> warnings(TrainingReports.Snapshot snapshot) {
        Model.Audience audience = snapshot.programme().audience();
        List<String> warnings = new ArrayList<>();
        if (!audience.usesMatrix()) {
            return warnings;
        }
        if (snapshot.audience().roles().isEmpty()) {
            warnings.add(views.text("social-playbook.training.warning.matrix-empty", audience.roleMatrix()));
            return warnings;
        }
        List<String> present = snapshot.audience().roles().keySet().stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        for (String role : audience.roles()) {
            if (!present.contains(role.toLowerCase(Locale.ROOT))) {
                warnings.add(views.text("social-playbook.training.warning.role-missing", role, audience.roleMatrix()));
            }
        }
        return warnings;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}

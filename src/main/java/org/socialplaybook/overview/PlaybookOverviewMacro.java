package org.socialplaybook.overview;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.Views;
import org.socialplaybook.reminders.ReminderPanel;

/** {@code playbook-overview}: the eight steps and how far this space has put each in place. */
public class PlaybookOverviewMacro implements Macro {
    private final PlaybookOverviewService service;
    private final PageAccess pageAccess;
    private final Views views;
    private final ReminderPanel reminders;

    @Inject
    public PlaybookOverviewMacro(PlaybookOverviewService service, PageAccess pageAccess, Views views,
                                 ReminderPanel reminders) {
        this.service = service;
        this.pageAccess = pageAccess;
        this.views = views;
        this.reminders = reminders;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        MacroPage page = MacroPage.of(context);
        try {
            pageAccess.requireSpaceView(page.spaceKey());
            PlaybookOverview overview = service.overview(page.spaceKey());
            views.requireResources("overview-resources");
            List<StepView> steps = new ArrayList<>();
            for (StepStatus status : overview.steps()) {
                steps.add(StepView.of(status, views));
            }
            boolean spaceAdmin = pageAccess.isSpaceAdmin(page.spaceKey());
            if (spaceAdmin) {
                views.requireResources("transfer-resources");
            }
            return views.render("templates/overview/overview.vm", Map.of(
                    "spaceAdmin", spaceAdmin,
                    "spaceKey", page.spaceKey(),
                    "steps", steps,
                    "inPlace", overview.inPlace(),
                    "started", overview.started(),
                    "total", overview.steps().size(),
                    "ring", Ring.of(overview.percentInPlace()),
                    "remindersHtml", page.display() ? reminders.render(page.pageId(), page.spaceKey()) : ""));
        } catch (PlaybookException e) {
            return views.error(e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /**
     * One step as the template shows it; {@code next}: what to do next to put it in place (empty once it is), shown
     * to space admins, with a link to create a page for the step's macro while the step is not started.
     */
    public record StepView(int number, String title, String summary, String tool, String macro, String state,
                           String lozengeClass, String stateText, String statusText, int percent, String next,
                           boolean notStarted) {
        static StepView of(StepStatus status, Views views) {
            PlaybookStep step = status.step();
            String prefix = step.i18nPrefix();
            String stateKey = "social-playbook.overview.state." + status.state().name().toLowerCase().replace('_', '-');
            String lozenge = switch (status.state()) {
                case IN_PLACE -> "aui-lozenge-success";
                case STARTED -> "aui-lozenge-inprogress";
                case NOT_STARTED -> "aui-lozenge-subtle";
            };
            return new StepView(step.number(), views.text(prefix + ".title"), views.text(prefix + ".summary"),
                    views.text(prefix + ".tool"), step.macro(), status.state().name(), lozenge, views.text(stateKey),
                    views.text(status.summaryKey(), status.summaryArguments().toArray(new String[0])), status.percent(),
                    status.state() == StepStatus.State.IN_PLACE ? "" : views.text(prefix + ".next"),
                    status.state() == StepStatus.State.NOT_STARTED);
        }
    }

    /** An SVG progress ring: the stroke-dasharray that draws {@code percent} of the circle. */
    public record Ring(int percent, String dashArray) {
        private static final double RADIUS = 40;

        static Ring of(int percent) {
            double circumference = 2 * Math.PI * RADIUS;
            double filled = circumference * percent / 100.0;
            return new Ring(percent, String.format(java.util.Locale.ROOT, "%.2f %.2f", filled, circumference - filled));
        }
    }
}

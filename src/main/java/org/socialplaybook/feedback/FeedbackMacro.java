package org.socialplaybook.feedback;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;

/**
 * {@code feedback-followups}: a board of feedback and follow-up actions linked to Jira (mode {@code board}), or the
 * managers' space-wide view by owner (mode {@code owners}). Rendering never calls Jira: statuses come from the
 * cache or the last known snapshot, and the page's script refreshes them afterwards.
 */
public class FeedbackMacro implements Macro {
    private final BoardViews boards;
    private final BoardRenderer renderer;
    private final OwnerReport owners;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public FeedbackMacro(BoardViews boards, BoardRenderer renderer, OwnerReport owners, Views views,
                         RenderedMacros rendered) {
        this.boards = boards;
        this.renderer = renderer;
        this.owners = owners;
        this.views = views;
        this.rendered = rendered;
    }

    /** The macro's parameters, validated, as the board's script receives them. */
    public record Settings(String board, String project, String issueType, String labels, String show, String mode) {
        public static Settings of(Map<String, String> p) {
            String show = choice(p.get("show"), List.of("all", "open", "mine"), "all");
            String mode = choice(p.get("mode"), List.of("board", "owners"), "board");
            String project = p.get("project") == null ? "" : p.get("project").trim().toUpperCase(Locale.ROOT);
            String type = p.get("issueType") == null || p.get("issueType").isBlank() ? "Task" : p.get("issueType").trim();
            return new Settings(FollowUpRules.boardKey(p.get("board")), project, type,
                    p.get("labels") == null ? "" : p.get("labels").trim(), show, mode);
        }

        private static String choice(String value, List<String> allowed, String fallback) {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            return allowed.contains(v) ? v : fallback;
        }
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources("feedback-resources"); // on every view: a kept render does not ask for them again
        return rendered.render("feedback-followups", context, parameters, body, () -> renderNow(parameters, context));
    }

    private String renderNow(Map<String, String> parameters, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            Settings settings = Settings.of(parameters);
            if (page.pageId() == 0) {
                throw PlaybookException.invalid("social-playbook.feedback.save-page-first");
            }
            if ("owners".equals(settings.mode())) {
                OwnerReport.Report report = owners.report(page.spaceKey());
                return views.render("templates/feedback/owners.vm", Map.of("report", report,
                        "stateJson", Views.json(Map.of("spaceKey", page.spaceKey()))));
            }
            return renderer.render(boards.board(page.pageId(), settings.board(), settings.show()), settings);
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
}

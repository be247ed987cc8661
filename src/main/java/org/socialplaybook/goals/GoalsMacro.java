package org.socialplaybook.goals;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;

/**
 * {@code goals}: the social strategy's goals, their measurable objectives (progress, status against time, trend) and
 * who contributes how, stored per space and name and edited in place by whoever may edit the page they live on.
 * Parameters: name, matrix (the role matrix whose roles contribute), why ("why am I doing this"), trend.
 */
public class GoalsMacro implements Macro {
    static final String DEFAULT_NAME = "Social strategy";

    private final GoalService service;
    private final GoalsRenderer renderer;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public GoalsMacro(GoalService service, GoalsRenderer renderer, Views views, RenderedMacros rendered) {
        this.service = service;
        this.renderer = renderer;
        this.views = views;
        this.rendered = rendered;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources(GoalsRenderer.RESOURCES); // on every view: a kept render does not ask for them again
        return rendered.render("goals", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            String name = name(parameters);
            if (page.pageId() == 0) {
                return views.render("templates/goals/preview.vm", Map.of("name", name));
            }
            GoalViews.Options options = options(parameters);
            return renderer.render(service.open(page, name, parameters.get("matrix")), options);
        } catch (PlaybookException e) {
            return views.error(e);
        }
    }

    static String name(Map<String, String> parameters) {
        String name = parameters.get("name");
        return name == null || name.isBlank() ? DEFAULT_NAME : name.trim();
    }

    static GoalViews.Options options(Map<String, String> parameters) {
        return new GoalViews.Options(flag(parameters.get("why"), true), flag(parameters.get("trend"), true));
    }

    private static boolean flag(String value, boolean fallback) {
        return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
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

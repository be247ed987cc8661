package org.socialplaybook.guidelines;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;

/** {@code my-guidelines}: every guideline of this space that waits for the current reader, overdue first. */
public class MyGuidelinesMacro implements Macro {
    private final GuidelineService service;
    private final GuidelineTexts texts;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public MyGuidelinesMacro(GuidelineService service, GuidelineTexts texts, Views views, RenderedMacros rendered) {
        this.service = service;
        this.texts = texts;
        this.views = views;
        this.rendered = rendered;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources(GuidelineMacro.RESOURCES); // on every view: a kept render does not ask for them again
        return rendered.render("my-guidelines", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            List<GuidelineViews.WaitingView> waiting = texts.waiting(service.waitingFor(page.spaceKey()));
            long overdue = waiting.stream().filter(GuidelineViews.WaitingView::overdue).count();
            return views.render("templates/guidelines/my-guidelines.vm", Map.of(
                    "items", waiting,
                    "count", waiting.size(),
                    "overdue", overdue));
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

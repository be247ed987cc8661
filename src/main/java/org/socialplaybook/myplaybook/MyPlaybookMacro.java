package org.socialplaybook.myplaybook;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.Views;

/**
 * {@code my-playbook}: what waits for the reader across every space they may view (guidelines to acknowledge,
 * training due, follow-ups they own), most urgent first, with the actions of the pages; the same as the plugin page.
 */
public class MyPlaybookMacro implements Macro {
    private final MyPlaybookService service;
    private final MyPlaybookViews texts;
    private final Views views;

    @Inject
    public MyPlaybookMacro(MyPlaybookService service, MyPlaybookViews texts, Views views) {
        this.service = service;
        this.texts = texts;
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return texts.render(service.forCurrentUser(), false);
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

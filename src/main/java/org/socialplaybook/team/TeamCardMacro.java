package org.socialplaybook.team;

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
 * {@code team-card}: who the team is (members and roles, from the named role matrix or chosen people, with avatars),
 * its mission, how it works (hours, response promise) and how to reach it (channels as links, and a request form
 * whose requests become follow-ups on a feedback board). Parameters: name, matrix, board, requests.
 */
public class TeamCardMacro implements Macro {
    private final TeamCardService service;
    private final TeamCardRenderer renderer;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public TeamCardMacro(TeamCardService service, TeamCardRenderer renderer, Views views, RenderedMacros rendered) {
        this.service = service;
        this.renderer = renderer;
        this.views = views;
        this.rendered = rendered;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources(TeamCardRenderer.RESOURCES); // on every view: a kept render does not ask for them again
        return rendered.render("team-card", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            String name = parameters.get("name");
            if (page.pageId() == 0) {
                return views.render("templates/team/preview.vm", Map.of("name", name == null ? "" : name.trim()));
            }
            boolean requests = parameters.get("requests") == null || parameters.get("requests").isBlank()
                    || Boolean.parseBoolean(parameters.get("requests").trim());
            return renderer.render(service.open(page, name, parameters.get("matrix"), parameters.get("board")), requests);
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

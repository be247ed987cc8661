package org.socialplaybook.roles;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.State.MatrixState;

/**
 * {@code role-matrix}: a RACI matrix stored per space and name, shown with its problems, and edited in place by
 * whoever may edit the page it lives on. Parameters: name, legend, highlight, compact, overload.
 */
public class RoleMatrixMacro implements Macro {
    static final String RESOURCES = "role-matrix-resources";

    private final RoleMatrixService service;
    private final RoleMatrixViews matrixViews;
    private final CurrentUser currentUser;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public RoleMatrixMacro(RoleMatrixService service, RoleMatrixViews matrixViews, CurrentUser currentUser, Views views,
                           RenderedMacros rendered) {
        this.service = service;
        this.matrixViews = matrixViews;
        this.currentUser = currentUser;
        this.views = views;
        this.rendered = rendered;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources(RESOURCES); // on every view: a kept render does not ask for them again
        return rendered.render("role-matrix", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            MatrixPage.Options options = new MatrixPage.Options(flag(parameters, "legend", true),
                    flag(parameters, "highlight", true), flag(parameters, "compact", false));
            Integer overload = overload(parameters.get("overload"));
            if (page.pageId() == 0) {
                return views.render("templates/roles/preview.vm", Map.of("name", nameOf(parameters)));
            }
            MatrixData data = service.open(page, parameters.get("name"), overload, body);
            String viewer = currentUser.key().orElse(null);
            MatrixState state = matrixViews.state(data, viewer, service.canEdit(data.matrix()));
            MatrixState embedded = new MatrixState(state.id(), state.name(), state.pageId(), state.version(),
                    state.canEdit(), state.loggedIn(), state.me(), state.overloadLimit(), state.seeded(), state.roles(),
                    state.activities(), null, state.offers(), state.problems(), state.updatedBy());
            String note = RaciTableParser.looksEmpty(body) ? ""
                    : views.text(data.matrix().seeded() ? "social-playbook.roles.body.seeded" : "social-playbook.roles.body.ignored");
            return views.render("templates/roles/matrix.vm", MatrixPage.model(data, state, options,
                    Views.json(embedded), Views.json(options), note));
        } catch (PlaybookException e) {
            return views.error(e);
        }
    }

    private static String nameOf(Map<String, String> parameters) {
        String name = parameters.get("name");
        return name == null ? "" : Names.clean(name);
    }

    private static boolean flag(Map<String, String> parameters, String name, boolean fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
    }

    static Integer overload(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1 || limit > 1000) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw PlaybookException.invalidField("overload", "social-playbook.roles.macro.overload-invalid");
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}

package org.socialplaybook.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.PageActions;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;
import org.socialplaybook.sandbox.pages.SpaceBlueprints;

/**
 * Confluence administration's user and space removal, for Confluence administrators of the sandbox:
 * {@code /admin/users.action} lists the demo users with "Delete user" (Confluence's erasure of personal data) and
 * offers "Delete space"; each POST needs the form's atl_token and fires Confluence's event through {@link PageActions}.
 * "Create space from the Social playbook blueprint" ({@code /admin/createspace.action}, key and name) is Confluence's
 * create-space dialog with the plugin's space blueprint chosen: {@link SpaceBlueprints} makes the space and its pages.
 */
public final class SandboxAdmin extends HttpServlet {
    /** The plugin's space blueprint, as its web-item in {@code system.create.space.dialog/content} names it. */
    static final String BLUEPRINT = "playbook-space-blueprint";

    private final Directory directory;
    private final RequestContext request;
    private final SandboxI18n i18n;
    private final VelocityTemplates templates;
    private final XsrfTokens tokens;
    private final PageActions actions;
    private final SpaceBlueprints blueprints;
    private final String contextPath;

    public SandboxAdmin(Directory directory, RequestContext request, SandboxI18n i18n, VelocityTemplates templates,
                        XsrfTokens tokens, PageActions actions, SpaceBlueprints blueprints, String contextPath) {
        this.directory = directory;
        this.request = request;
        this.i18n = i18n;
        this.templates = templates;
        this.tokens = tokens;
        this.actions = actions;
        this.blueprints = blueprints;
        this.contextPath = contextPath;
    }

    private Optional<Directory.User> admin() {
        return directory.byUsername(request.username()).filter(Directory.User::confluenceAdmin);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/users.action".equals(req.getPathInfo())) {
            resp.sendError(404);
            return;
        }
        Optional<Directory.User> admin = admin();
        if (admin.isEmpty()) {
            resp.sendError(request.username() == null ? 401 : 403);
            return;
        }
        render(resp, admin.get(), null, "", "");
    }

    private void render(HttpServletResponse resp, Directory.User admin, String error, String key, String name)
            throws IOException {
        Map<String, Object> model = SandboxLayout.model(i18n, request, directory, contextPath,
                i18n.getText("social-playbook.sandbox.admin.title"), admin, tokens.tokenFor(admin.username()));
        model.put("users", directory.users().stream().filter(u -> !u.username().equals(admin.username())).toList());
        model.put("blueprintError", error);
        model.put("blueprintKey", key);
        model.put("blueprintName", name);
        StringWriter out = new StringWriter();
        templates.render("sandbox-templates/admin.vm", model, out);
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(out.toString());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Directory.User> admin = admin();
        if (admin.isEmpty()) {
            resp.sendError(request.username() == null ? 401 : 403);
            return;
        }
        if (!tokens.valid(request.username(), req.getParameter("atl_token"))) {
            resp.sendError(403, "XSRF token missing or invalid");
            return;
        }
        String path = req.getPathInfo();
        if ("/eraseuser.action".equals(path)) {
            String username = req.getParameter("username");
            if (directory.byUsername(username).isEmpty() || username.equals(admin.get().username())) {
                resp.sendError(400, "No such user, or yourself");
                return;
            }
            actions.eraseUser(username);
            resp.sendRedirect(contextPath + "/admin/users.action");
        } else if ("/createspace.action".equals(path)) {
            String key = req.getParameter("key");
            String name = req.getParameter("name");
            try {
                SpaceBlueprints.CreatedSpace created = blueprints.create(BLUEPRINT, key, name, admin.get());
                resp.sendRedirect(contextPath + "/pages/viewpage.action?pageId=" + created.home().id());
            } catch (SpaceBlueprints.Refused refused) {
                resp.setStatus(400);
                render(resp, admin.get(), i18n.getText(refused.key(), refused.argument()),
                        key == null ? "" : key, name == null ? "" : name);
            }
        } else if ("/removespace.action".equals(path)) {
            actions.removeSpace(directory.spaceKey());
            resp.sendRedirect(contextPath + "/admin/users.action");
        } else {
            resp.sendError(404);
        }
    }
}

package org.socialplaybook.sandbox.web;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.confluence.SandboxPermissions;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;
import org.socialplaybook.sandbox.plugin.MacroBrowser;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;
import com.atlassian.confluence.security.Permission;

/**
 * The Confluence pages of the demo space: view ({@code /pages/viewpage.action?pageId=…},
 * {@code /display/SPACE/Title}), edit in storage format ({@code /pages/editpage.action}), create
 * ({@code /pages/createpage.action}, saved by {@code /pages/docreatepage.action}), the space home, and the
 * demo user chooser for anonymous visitors. Macros on the page are rendered through the plugin's real macros.
 */
public final class SandboxPages extends HttpServlet {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Directory directory;
    private final PageStore store;
    private final org.socialplaybook.sandbox.confluence.SandboxPages confluencePages;
    private final SandboxPermissions permissions;
    private final SandboxI18n i18n;
    private final RequestContext request;
    private final VelocityTemplates templates;
    private final WebResources webResources;
    private final StorageFormatRenderer renderer;
    private final String contextPath;
    private final String baseUrl;
    private final XsrfTokens tokens;
    private final org.socialplaybook.sandbox.confluence.PageActions actions;
    private final Function<String, Optional<Macro>> macros;
    private final PluginDescriptor descriptor;

    public SandboxPages(Directory directory, PageStore store, org.socialplaybook.sandbox.confluence.SandboxPages confluencePages,
                        SandboxPermissions permissions, SandboxI18n i18n, RequestContext request,
                        VelocityTemplates templates, WebResources webResources,
                        Function<String, Optional<Macro>> macros, String contextPath, String baseUrl, XsrfTokens tokens,
                        org.socialplaybook.sandbox.confluence.PageActions actions, PluginDescriptor descriptor) {
        this.actions = actions;
        this.macros = macros;
        this.descriptor = descriptor;
        this.directory = directory;
        this.store = store;
        this.confluencePages = confluencePages;
        this.permissions = permissions;
        this.i18n = i18n;
        this.request = request;
        this.templates = templates;
        this.webResources = webResources;
        this.contextPath = contextPath;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.renderer = new StorageFormatRenderer(macros,
                key -> directory.byKey(key).map(Directory.User::fullName).orElse(null),
                title -> store.findByTitle(title).map(p -> viewPath(p.id())).orElse(null));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String servletPath = req.getServletPath();
        if (servletPath.equals("/display")) {
            String[] parts = req.getPathInfo() == null ? new String[0] : req.getPathInfo().substring(1).split("/", 2);
            Optional<PageStore.StoredPage> page = parts.length == 2 && parts[0].equals(directory.spaceKey())
                    ? store.findByTitle(java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8)) : Optional.empty();
            if (page.isEmpty()) {
                resp.sendError(404);
                return;
            }
            view(page.get().id(), req, resp);
            return;
        }
        long pageId = pageId(req);
        if ("/editpage.action".equals(req.getPathInfo())) {
            edit(pageId, req, resp);
        } else if ("/createpage.action".equals(req.getPathInfo())) {
            createForm(req, resp);
        } else if ("/viewpage.action".equals(req.getPathInfo())) {
            view(pageId, req, resp);
        } else {
            resp.sendError(404);
        }
    }

    private String viewPath(long pageId) {
        return contextPath + "/pages/viewpage.action?pageId=" + pageId;
    }

    /** The space home: its first page. */
    public long homePageId() {
        return store.outline().get(0).id();
    }

    private void view(long pageId, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (request.username() == null) {
            resp.sendRedirect(contextPath + "/sandbox/login?os_destination=" + encode(currentPath(req)));
            return;
        }
        Optional<PageStore.StoredPage> stored = store.find(pageId);
        Page page = stored.map(confluencePages::page).orElse(null);
        if (page == null || !permissions.hasPermission(user(), Permission.VIEW, page)) {
            resp.sendError(404, "Page not found or not permitted");
            return;
        }
        PageStore.StoredPage p = stored.get();
        // the page tree's rows (titles, no bodies) serve the sidebar and the body's links: one query for both
        List<PageStore.StoredPage> outline = store.outline();
        String content = renderer.render(p.storage(), new StorageFormatRenderer.Context(page, p.spaceKey(), "display"),
                title -> firstTitled(outline, title).map(found -> viewPath(found.id())).orElse(null));
        Map<String, Object> model = common(page.getTitle(), page.getId(), req, outline);
        model.put("contentHtml", content);
        model.put("resourcesHtml", webResources.tags(request.requiredResourcesInOrder()));
        model.put("canEdit", permissions.hasPermission(user(), Permission.EDIT, page));
        model.put("canCreate", permissions.mayCreatePages(request.username()));
        model.put("trashed", p.trashed());
        String editor = p.lastModifiedBy() == null ? i18n.getText("social-playbook.sandbox.demo-author")
                : directory.byUsername(p.lastModifiedBy()).map(Directory.User::fullName).orElse(p.lastModifiedBy());
        model.put("pageMeta", i18n.getText("social-playbook.sandbox.page-meta", p.version(), editor, WHEN.format(p.lastModified())));
        html(resp, "sandbox-templates/page.vm", model);
    }

    /**
     * A plugin page (a decorated {@code <servlet>} answer, see {@link DecoratedServlet}) in the page layout: its title
     * as the heading, its body as the content, no page actions.
     */
    void decorated(String title, String bodyHtml, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> model = common(title, 0, req);
        model.put("contentHtml", bodyHtml);
        model.put("resourcesHtml", webResources.tags(request.requiredResourcesInOrder()));
        model.put("canEdit", false);
        model.put("canCreate", permissions.mayCreatePages(request.username()));
        model.put("trashed", false);
        model.put("pageMeta", "");
        model.put("pluginPage", true); // the plugin's body has its own heading, as under Confluence's atl.general
        html(resp, "sandbox-templates/page.vm", model);
    }

    private void edit(long pageId, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<PageStore.StoredPage> stored = store.find(pageId);
        Page page = stored.map(confluencePages::page).orElse(null);
        if (page == null || !permissions.hasPermission(user(), Permission.EDIT, page)) {
            resp.sendError(request.username() == null ? 401 : 403);
            return;
        }
        Map<String, Object> model = common(page, req);
        model.put("storage", stored.get().storage());
        model.put("version", stored.get().version());
        model.put("resourcesHtml", "");
        model.put("macroBrowser", MacroBrowser.entries(descriptor, macros));
        html(resp, "sandbox-templates/edit.vm", model);
    }

    /**
     * Confluence's "Create" ({@code /pages/createpage.action?spaceKey=…&fromPageId=…}): a title, an optional parent
     * (the page it was opened from), and the body in storage format with the macro browser. Editors of the space only.
     */
    private void createForm(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!mayCreate(req, resp, false)) {
            return;
        }
        long from = longParameter(req, "fromPageId");
        createForm(req, resp, 200, "", from > 0 ? from : null, "", null);
    }

    private void createForm(HttpServletRequest req, HttpServletResponse resp, int status, String title, Long parentId,
                            String storage, String errorKey) throws IOException {
        Map<String, Object> model = common(i18n.getText("social-playbook.sandbox.create.title"), 0, req);
        model.put("newTitle", title);
        model.put("parentId", parentId == null ? 0L : parentId);
        model.put("storage", storage);
        model.put("error", errorKey == null ? "" : i18n.getText(errorKey));
        model.put("errorField", errorKey == null ? "" : errorKey.contains(".title.") ? "title" : "parent");
        model.put("resourcesHtml", "");
        model.put("macroBrowser", MacroBrowser.entries(descriptor, macros));
        resp.setStatus(status);
        html(resp, "sandbox-templates/create.vm", model);
    }

    /**
     * Saves a new page (Confluence's {@code docreatepage.action}): with the form's atl_token, a title that is not
     * blank, at most 255 characters and not already used in the space, and a parent, when given, that the creator
     * can see. Bad input answers 400 with the form and its error, and creates nothing.
     */
    private void create(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!mayCreate(req, resp, true)) {
            return;
        }
        String title = req.getParameter("title") == null ? "" : req.getParameter("title").strip();
        String storage = req.getParameter("storage") == null ? "" : req.getParameter("storage").replace("\r\n", "\n");
        String parent = req.getParameter("parentPageId");
        Long parentId = parent == null || parent.isBlank() || parent.equals("0") ? null : longParameter(req, "parentPageId");
        String error = null;
        if (title.isEmpty()) {
            error = "social-playbook.sandbox.create.title.required";
        } else if (title.length() > 255) {
            error = "social-playbook.sandbox.create.title.too-long";
        } else if (store.all().stream().anyMatch(p -> p.spaceKey().equals(directory.spaceKey())
                && p.title().equalsIgnoreCase(title))) {
            error = "social-playbook.sandbox.create.title.taken";
        } else if (parentId != null && !visiblePage(parentId)) {
            error = "social-playbook.sandbox.create.parent.unknown";
        }
        if (error != null) {
            createForm(req, resp, 400, title, parentId, storage, error);
            return;
        }
        PageStore.StoredPage created = store.create(directory.spaceKey(), title, parentId,
                storage.isBlank() ? "<p></p>" : storage, request.username(), Instant.now());
        resp.sendRedirect(contextPath + "/pages/viewpage.action?pageId=" + created.id());
    }

    /** Editors of the demo space may create pages there; a POST also needs the form's atl_token. */
    private boolean mayCreate(HttpServletRequest req, HttpServletResponse resp, boolean post) throws IOException {
        String space = req.getParameter("spaceKey");
        if (space != null && !space.equals(directory.spaceKey())) {
            resp.sendError(404, "No such space");
            return false;
        }
        if (request.username() == null && !post) {
            resp.sendRedirect(contextPath + "/sandbox/login?os_destination=" + encode(currentPath(req)));
            return false;
        }
        if (!permissions.mayCreatePages(request.username())) {
            resp.sendError(request.username() == null ? 401 : 403);
            return false;
        }
        if (post && !tokens.valid(request.username(), req.getParameter("atl_token"))) {
            resp.sendError(403, "XSRF token missing or invalid");
            return false;
        }
        return true;
    }

    private boolean visiblePage(long pageId) {
        return store.find(pageId).filter(p -> !p.trashed())
                .map(p -> permissions.hasPermission(user(), Permission.VIEW, confluencePages.page(p))).orElse(false);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getPathInfo();
        if (java.util.Set.of("/copypage.action", "/trashpage.action", "/restorepage.action", "/purgepage.action")
                .contains(action)) {
            pageAction(action, req, resp);
            return;
        }
        if ("/docreatepage.action".equals(action)) {
            create(req, resp);
            return;
        }
        if (!"/editpage.action".equals(action)) {
            resp.sendError(405);
            return;
        }
        long pageId = pageId(req);
        Optional<PageStore.StoredPage> stored = editableForPost(pageId, req, resp);
        if (stored.isEmpty()) {
            return;
        }
        String storage = req.getParameter("storage");
        if (storage == null || storage.isBlank()) {
            resp.sendError(400, "The page body cannot be empty");
            return;
        }
        String original = req.getParameter("originalVersion");
        if (original != null && original.matches("\\d{1,9}")) {
            // the version the editor was opened on: someone else's save meanwhile (on any node) is a conflict, not lost
            if (store.save(pageId, Integer.parseInt(original), storage.replace("\r\n", "\n"), request.username(),
                    Instant.now()).isEmpty()) {
                String message = org.socialplaybook.sandbox.confluence.VelocityTemplates.escapeHtml(
                        i18n.getText("social-playbook.sandbox.edit.conflict"));
                resp.setStatus(409);
                resp.setContentType("text/html;charset=UTF-8");
                resp.getWriter().write("<!DOCTYPE html><html lang=\"" + request.locale().getLanguage() + "\"><head>"
                        + "<meta charset=\"utf-8\"><title>" + message + "</title></head><body><p>" + message + "</p><p><a href=\""
                        + contextPath + "/pages/editpage.action?pageId=" + pageId + "\">"
                        + org.socialplaybook.sandbox.confluence.VelocityTemplates.escapeHtml(i18n.getText("social-playbook.sandbox.edit"))
                        + "</a></p></body></html>");
                return;
            }
        } else {
            store.save(pageId, storage.replace("\r\n", "\n"), request.username(), Instant.now());
        }
        resp.sendRedirect(contextPath + "/pages/viewpage.action?pageId=" + pageId);
    }

    /** The page, when the user may edit it and the form carries their atl_token; otherwise the error is sent. */
    private Optional<PageStore.StoredPage> editableForPost(long pageId, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        Optional<PageStore.StoredPage> stored = store.find(pageId);
        Page page = stored.map(confluencePages::page).orElse(null);
        if (page == null || !permissions.hasPermission(user(), Permission.EDIT, page)) {
            resp.sendError(request.username() == null ? 401 : 403);
            return Optional.empty();
        }
        if (!tokens.valid(request.username(), req.getParameter("atl_token"))) {
            resp.sendError(403, "XSRF token missing or invalid");
            return Optional.empty();
        }
        return stored;
    }

    /**
     * Confluence's page tools: copy (a new page "Copy of …"), move to the trash, restore, purge. Each needs edit
     * permission on the page and the form's atl_token, and fires Confluence's event through {@link
     * org.socialplaybook.sandbox.confluence.PageActions}.
     */
    private void pageAction(String action, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long pageId = pageId(req);
        Optional<PageStore.StoredPage> stored = editableForPost(pageId, req, resp);
        if (stored.isEmpty()) {
            return;
        }
        long shown = pageId;
        switch (action) {
            case "/copypage.action" -> shown = actions.copy(pageId, stored.get().spaceKey(),
                    i18n.getText("social-playbook.sandbox.copy-title", stored.get().title()), request.username()).id();
            case "/trashpage.action" -> actions.trash(pageId, request.username());
            case "/restorepage.action" -> actions.restore(pageId);
            default -> {
                actions.purge(pageId);
                resp.sendRedirect(contextPath + "/");
                return;
            }
        }
        resp.sendRedirect(contextPath + "/pages/viewpage.action?pageId=" + shown);
    }

    private Map<String, Object> common(Page page, HttpServletRequest req) {
        return common(page.getTitle(), page.getId(), req);
    }

    private Map<String, Object> common(String title, long pageId, HttpServletRequest req) {
        return common(title, pageId, req, store.outline());
    }

    /** What {@link PageStore#findByTitle} finds, among the rows of {@link PageStore#outline}. */
    private static Optional<PageStore.StoredPage> firstTitled(List<PageStore.StoredPage> outline, String title) {
        return title == null ? Optional.empty() : outline.stream().filter(p -> p.title().equalsIgnoreCase(title)).findFirst();
    }

    private Map<String, Object> common(String title, long pageId, HttpServletRequest req,
                                       List<PageStore.StoredPage> outline) {
        Map<String, Object> model = new HashMap<>();
        Optional<Directory.User> user = directory.byUsername(request.username());
        model.put("i18n", i18n);
        model.put("locale", request.locale().toLanguageTag());
        model.put("title", title);
        model.put("pageId", pageId);
        model.put("spaceKey", directory.spaceKey());
        model.put("spaceName", directory.spaceName());
        model.put("spaceDescription", directory.spaceDescription());
        model.put("contextPath", contextPath);
        model.put("baseUrl", baseUrl);
        model.put("remoteUser", user.map(Directory.User::username).orElse(""));
        model.put("remoteUserKey", user.map(Directory.User::key).orElse(""));
        model.put("remoteUserName", user.map(Directory.User::fullName).orElse(""));
        model.put("atlToken", user.map(u -> tokens.tokenFor(u.username())).orElse(""));
        model.put("confluenceAdmin", user.map(Directory.User::confluenceAdmin).orElse(false));
        model.put("users", directory.users());
        com.atlassian.confluence.user.ConfluenceUser viewer = user();
        model.put("pages", outline.stream().filter(p -> permissions.hasPermission(viewer, Permission.VIEW, p))
                .toList());
        model.put("currentPath", currentPath(req));
        model.put("pluginPage", false);
        model.put("userMenu", user.isEmpty() ? java.util.List.of() : descriptor.webItems("system.user/user-content"));
        return model;
    }

    private com.atlassian.confluence.user.ConfluenceUser user() {
        return directory.byUsername(request.username())
                .map(u -> new org.socialplaybook.sandbox.confluence.SandboxUserAccessor(directory).getUserByName(u.username()))
                .orElse(null);
    }

    private void html(HttpServletResponse resp, String template, Map<String, Object> model) throws IOException {
        Object content = model.get("contentHtml");
        Utf8Body out = new Utf8Body(16_384 + (content instanceof String c ? c.length() : 0));
        templates.render(template, model, out);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
        resp.setContentLength(out.length());
        out.writeTo(resp.getOutputStream());
    }

    private static long pageId(HttpServletRequest req) {
        return longParameter(req, "pageId");
    }

    /** The parameter as a page id; -1 when missing or not a number. */
    private static long longParameter(HttpServletRequest req, String name) {
        try {
            return Long.parseLong(req.getParameter(name));
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    static String currentPath(HttpServletRequest req) {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return req.getQueryString() == null ? path : path + "?" + req.getQueryString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.socialplaybook.sandbox.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;

/**
 * The sandbox's own corner: {@code /sandbox/login} (the demo user chooser and switcher),
 * {@code /sandbox/avatar/<user>.svg}, and {@code /sandbox/static/…} (AUI and the sandbox's stylesheet).
 */
public final class SandboxSite extends HttpServlet {
    private final Directory directory;
    private final RequestContext request;
    private final SandboxI18n i18n;
    private final VelocityTemplates templates;
    private final String contextPath;

    public SandboxSite(Directory directory, RequestContext request, SandboxI18n i18n, VelocityTemplates templates,
                       String contextPath) {
        this.directory = directory;
        this.request = request;
        this.i18n = i18n;
        this.templates = templates;
        this.contextPath = contextPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/login")) {
            login(req, resp);
        } else if (path.startsWith("/avatar/") && path.endsWith(".svg")) {
            avatar(path.substring("/avatar/".length(), path.length() - 4), resp);
        } else if (path.startsWith("/static/") && !path.contains("..")) {
            staticFile(path.substring("/static/".length()), resp);
        } else {
            resp.sendError(404);
        }
    }

    private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String destination = safeDestination(req.getParameter("os_destination"));
        String user = req.getParameter("user");
        if (user != null) {
            Cookie cookie = new Cookie(AuthFilter.USER_COOKIE, directory.byUsername(user).map(Directory.User::username).orElse(""));
            cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
            cookie.setHttpOnly(true);
            cookie.setMaxAge(user.isEmpty() ? 0 : 60 * 60 * 24 * 30);
            cookie.setAttribute("SameSite", "Lax");
            resp.addCookie(cookie);
            resp.sendRedirect(contextPath + (user.isEmpty() ? "/sandbox/login" : destination));
            return;
        }
        Map<String, Object> model = SandboxLayout.model(i18n, request, directory, contextPath,
                i18n.getText("social-playbook.sandbox.login.title"), null, null);
        model.put("users", directory.users());
        model.put("destination", SandboxPages.encode(destination));
        StringWriter out = new StringWriter();
        templates.render("sandbox-templates/login.vm", model, out);
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write(out.toString());
    }

    /** Only a path inside this site: never an absolute or protocol-relative URL (no open redirect). */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//") || destination.contains("\\")) {
            return "/";
        }
        return destination;
    }

    private void avatar(String username, HttpServletResponse resp) throws IOException {
        Optional<Directory.User> user = directory.byUsername(username);
        if (user.isEmpty()) {
            resp.sendError(404);
            return;
        }
        String[] names = user.get().fullName().split("\\s+");
        String initials = (names[0].substring(0, 1) + (names.length > 1 ? names[names.length - 1].substring(0, 1) : ""))
                .toUpperCase(Locale.ROOT);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"24\" fill=\"" + VelocityTemplates.escapeHtml(user.get().avatarColor()) + "\"/>"
                + "<text x=\"24\" y=\"30\" font-family=\"Arial, sans-serif\" font-size=\"18\" font-weight=\"bold\" "
                + "fill=\"#fff\" text-anchor=\"middle\">" + VelocityTemplates.escapeHtml(initials) + "</text></svg>";
        resp.setContentType("image/svg+xml");
        resp.setHeader("Cache-Control", "max-age=3600");
        resp.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
    }

    private void staticFile(String name, HttpServletResponse resp) throws IOException {
        try (InputStream in = SandboxSite.class.getClassLoader().getResourceAsStream("sandbox-static/" + name)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : name.endsWith(".js")
                    ? "application/javascript;charset=UTF-8" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".woff") ? "font/woff" : name.endsWith(".ttf") ? "font/ttf"
                    : name.endsWith(".png") ? "image/png" : "application/octet-stream";
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}

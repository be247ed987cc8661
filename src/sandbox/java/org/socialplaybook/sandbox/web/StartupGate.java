package org.socialplaybook.sandbox.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.socialplaybook.platform.ErrorBody;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;

/**
 * Holds traffic back until the sandbox has finished starting (database migrated, demo data seeded, start-up hooks
 * and the plugin's {@code onStart} run): until {@link #open()}, every request gets 503 with a {@code Retry-After}
 * header — REST calls our JSON error shape, pages a short translated HTML page — so nobody sees half-started state.
 */
public final class StartupGate implements Filter {
    static final String KEY = "social-playbook.sandbox.starting";
    private static final String STATIC = "/sandbox/static/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxI18n i18n;
    private final RequestContext context;
    private volatile boolean open;

    public StartupGate(SandboxI18n i18n, RequestContext context) {
        this.i18n = i18n;
        this.context = context;
    }

    /** From now on requests are served. */
    public void open() {
        open = true;
    }

    public boolean isOpen() {
        return open;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (open || request.getRequestURI().startsWith(request.getContextPath() + STATIC)) {
            // static files need nothing from start-up (and the demo seed reads its own feed from there)
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        String message = i18n.getText(context.locale(), KEY);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/rest/")) {
            response.setContentType("application/json");
            response.getWriter().write(JSON.writeValueAsString(new ErrorBody(503, KEY, message, null)));
        } else {
            response.setContentType("text/html");
            String lang = context.locale().getLanguage();
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"5\"><title>" + VelocityTemplates.escapeHtml(message) + "</title></head>"
                    + "<body><p>" + VelocityTemplates.escapeHtml(message) + "</p></body></html>");
        }
    }
}

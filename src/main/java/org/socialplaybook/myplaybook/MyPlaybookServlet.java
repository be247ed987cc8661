package org.socialplaybook.myplaybook;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.Views;

/**
 * The "My playbook" plugin page ({@code /plugins/servlet/my-playbook}, linked from the user menu): the same section
 * as the {@code my-playbook} macro in a document Confluence decorates with its own layout ({@code atl.general}).
 * Anonymous visitors are sent to the log-in page and come back here.
 */
public class MyPlaybookServlet extends HttpServlet {
    private final MyPlaybookService service;
    private final MyPlaybookViews texts;
    private final Views views;
    private final CurrentUser currentUser;
    private final LoginUriProvider loginUris;

    @Inject
    public MyPlaybookServlet(MyPlaybookService service, MyPlaybookViews texts, Views views, CurrentUser currentUser,
                             @ComponentImport LoginUriProvider loginUris) {
        this.service = service;
        this.texts = texts;
        this.views = views;
        this.currentUser = currentUser;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (currentUser.key().isEmpty()) {
            String back = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.sendRedirect(loginUris.getLoginUri(URI.create(back)).toASCIIString());
            return;
        }
        String body = texts.render(service.forCurrentUser(), true);
        String html = views.render("templates/myplaybook/page.vm", Map.of("title", texts.title(), "bodyHtml", body));
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}

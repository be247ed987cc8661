package org.socialplaybook.sandbox.web;

import java.util.HashMap;
import java.util.Map;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;

/** What the sandbox's layout needs on a screen that shows no Confluence page (the log-in, the administration). */
final class SandboxLayout {
    private SandboxLayout() {
    }

    /** {@code user} null: nobody is logged in (empty names, no XSRF token). */
    static Map<String, Object> model(SandboxI18n i18n, RequestContext request, Directory directory, String contextPath,
                                     String title, Directory.User user, String atlToken) {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", i18n);
        model.put("locale", request.locale().toLanguageTag());
        model.put("title", title);
        model.put("spaceName", directory.spaceName());
        model.put("spaceKey", directory.spaceKey());
        model.put("pageId", "");
        model.put("contextPath", contextPath);
        model.put("baseUrl", contextPath);
        model.put("remoteUser", user == null ? "" : user.username());
        model.put("remoteUserKey", user == null ? "" : user.key());
        model.put("remoteUserName", user == null ? "" : user.fullName());
        model.put("atlToken", user == null ? "" : atlToken);
        model.put("resourcesHtml", "");
        return model;
    }
}

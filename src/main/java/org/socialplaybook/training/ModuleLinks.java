package org.socialplaybook.training;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.training.Model.Module;

/**
 * Where a module's material lives: a Confluence page (found by title in the programme's space or by id, and shown
 * only to people who may view it) or an http(s) URL. Never a {@code javascript:} or other scheme.
 */
@Named
public class ModuleLinks {
    public static final int MAX_URL = 2000;

    private final PageManager pageManager;
    private final PageAccess pageAccess;

    @Inject
    public ModuleLinks(@ComponentImport PageManager pageManager, PageAccess pageAccess) {
        this.pageManager = pageManager;
        this.pageAccess = pageAccess;
    }

    /** How a link is shown: a viewable page, a URL, a page the viewer cannot see (or that is gone), or nothing. */
    public enum Kind { PAGE, URL, RESTRICTED, NONE }

    /** {@code href} is below the context path for pages (the template prefixes it), absolute for URLs. */
    public record Link(Kind kind, String href, String label) {
    }

    /** The page a module points at, by title in the space, as the editor may see it; 400 when there is none. */
    public long pageByTitle(String spaceKey, String title) {
        Page page = pageManager.getPage(spaceKey, title);
        if (page == null || !pageAccess.canView(page.getId())) {
            throw PlaybookException.invalidField("page", "social-playbook.training.module.page-not-found", title, spaceKey);
        }
        return page.getId();
    }

    public long pageById(long pageId) {
        if (!pageAccess.canView(pageId)) {
            throw PlaybookException.invalidField("page", "social-playbook.training.module.page-id-not-found", pageId);
        }
        return pageId;
    }

    /** An absolute http or https URL, at most {@link #MAX_URL} characters; 400 otherwise. */
    public static String url(String raw) {
        String url = raw == null ? "" : raw.strip();
        if (url.isEmpty()) {
            return null;
        }
        if (url.length() > MAX_URL) {
            throw PlaybookException.invalidField("url", "social-playbook.training.module.url-long", MAX_URL);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw PlaybookException.invalidField("url", "social-playbook.training.module.url-invalid");
            }
        } catch (URISyntaxException e) {
            throw PlaybookException.invalidField("url", "social-playbook.training.module.url-invalid");
        }
        return url;
    }

    /** The module's link as the current user may see it. */
    public Link link(Module module) {
        if (module.pageId() != null) {
            try {
                PageRef page = pageAccess.requireView(module.pageId());
                return new Link(Kind.PAGE, page.path(), page.title());
            } catch (PlaybookException hidden) {
                return new Link(Kind.RESTRICTED, null, null);
            }
        }
        if (module.url() != null) {
            return new Link(Kind.URL, module.url(), host(module.url()));
        }
        return new Link(Kind.NONE, null, null);
    }

    private static String host(String url) {
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return url;
        }
    }
}

package org.socialplaybook.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.cache.CacheManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A macro's HTML kept for a reader who views the same page again while nothing in its space changed: the role matrix,
 * the guidelines and My guidelines, the training tracker, the feedback board, the goals, the team card and the news
 * macro did all their work on every view (a few statements, the reader's own figures, a Velocity merge), and under
 * load those views were the slowest of the demo pages. Not kept: the overview (it keeps its steps itself and shows a
 * space admin's settings panels) and My playbook (it reads every space, so one space's version cannot tell it changed).
 *
 * <p>An entry is found only for the same macro, page and page version, parameters and body, the same
 * reader (what a macro shows depends on who reads it: edit buttons, "my roles", acknowledgements, figures only editors
 * see), language, output (display or not) and minute of the plugin's clock (what is due or overdue, how long ago),
 * and the same space version ({@link SpaceVersions}: every write through the REST API, every page, space and user
 * event, every job run and every macro that stores data as it renders gives the space a new one, on every node). What
 * nothing in the plugin hears of (a page restriction, a group's members) shows when the entry expires, within
 * {@value #TTL_SECONDS} seconds, as for the overview. Entries are per node (Atlassian Cache, local); the version
 * tokens are cluster-wide. A render that fails (an error box) is kept like any other: it is what the data gives.
 */
@Named
public class RenderedMacros {
    static final long TTL_SECONDS = 30;

    private final SpaceVersions versions;
    private final CurrentUser currentUser;
    private final Languages languages;
    private final TimeSource time;
    private final KeptValues<String> html;

    @Inject
    public RenderedMacros(SpaceVersions versions, CurrentUser currentUser, Languages languages, TimeSource time,
                          @ComponentImport CacheManager cacheManager) {
        this.versions = versions;
        this.currentUser = currentUser;
        this.languages = languages;
        this.time = time;
        this.html = KeptValues.local(cacheManager, "rendered-macros", TTL_SECONDS, 20_000);
    }

    /**
     * The macro's HTML for this reader: the kept one when nothing it depends on changed, else {@code render}'s
     * (then kept). A page being created (id 0) is never kept.
     */
    public String render(String macro, ConversionContext context, Map<String, String> parameters, String body,
                         Supplier<String> render) {
        MacroPage page = MacroPage.of(context);
        if (page.pageId() == 0 || page.spaceKey() == null) {
            return render.get();
        }
        ContentEntityObject entity = context.getEntity();
        String reader = currentUser.key().orElse("");
        // the token first: a render that stores data changes it, so what it gives is kept under the old one and the
        // next view renders again, with the data stored
        String key = versions.current(page.spaceKey()) + '|' + page.spaceKey() + '|' + page.pageId() + '|'
                + entity.getVersion() + '|' + macro + '|' + page.display() + '|' + reader + '|'
                + (reader.isEmpty() ? languages.site() : languages.of(reader)) + '|'
                + time.now().getEpochSecond() / 60 + '|' + digest(parameters, body); // the clock's minute
        return html.get(key, render);
    }

    private static String digest(Map<String, String> parameters, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> p : new TreeMap<>(parameters == null ? Map.<String, String>of() : parameters).entrySet()) {
                sha.update(p.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(String.valueOf(p.getValue()).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 1);
            }
            sha.update((byte) 2);
            sha.update(String.valueOf(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

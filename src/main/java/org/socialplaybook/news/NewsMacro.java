package org.socialplaybook.news;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;

/**
 * {@code news-digest}: the space's curated sources and headlines ({@code show=headlines}, where editors add them), or
 * the Monday digest ({@code show=digest}: whether it is on, the preview of this week's digest for the reader, the
 * archive, and for space administrators the settings and "publish now").
 */
public class NewsMacro implements Macro {
    static final int DEFAULT_LIMIT = 15;

    private final NewsService news;
    private final DigestService digests;
    private final DigestViews digestViews;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final People people;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public NewsMacro(NewsService news, DigestService digests, DigestViews digestViews, PageAccess pageAccess,
                     CurrentUser currentUser, People people, Views views, RenderedMacros rendered) {
        this.news = news;
        this.digests = digests;
        this.digestViews = digestViews;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.people = people;
        this.views = views;
        this.rendered = rendered;
    }

    public record HeadlineRow(int id, String title, String url, String summary, String tag, String source, String date,
                              String addedBy) {
    }

    public record SourceRow(int id, String name, String url, boolean feed, String fetched, String error, int added) {
    }

    public record IssueRow(String week, String title, String url, String published, int headlines, int readers,
                           int mails, boolean done) {
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources("news-resources"); // on every view: a kept render does not ask for them again
        return rendered.render("news-digest", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        try {
            if (page.pageId() == 0) {
                throw PlaybookException.invalid("social-playbook.news.macro.save-first");
            }
            pageAccess.requireView(page.pageId());
            String show = parameters.getOrDefault("show", "headlines");
            int limit = limit(parameters.get("limit"));
            String tag = NewsRules.optionalText("tag", parameters.get("tag"), NewsRules.TAG_MAX);
            List<NewsRules.StarterSource> starters = NewsRules.starterSources(parameters.get("starter-sources"));
            Locale locale = currentUser.key().map(digestViews::localeOf).orElse(Locale.ENGLISH);
            DigestSettings settings = news.settingsOrDefaults(page.spaceKey());
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(settings.zone());
            boolean admin = news.isSpaceAdmin(page.spaceKey());
            boolean canEdit = news.canEdit(page.pageId());
            Map<String, Object> model = new HashMap<>();
            model.put("pageId", page.pageId());
            model.put("canEdit", canEdit);
            model.put("admin", admin);
            model.put("digestOn", settings.enabled());
            model.put("zone", settings.zone().getId());
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("pageId", page.pageId());
            state.put("canEdit", canEdit);
            state.put("admin", admin);
            if ("digest".equals(show)) {
                return digest(page, settings, admin, day, model, state);
            }
            return headlines(page, tag, limit, starters, day, model, state);
        } catch (PlaybookException e) {
            return views.error(e);
        }
    }

    private String headlines(MacroPage page, String tag, int limit, List<NewsRules.StarterSource> starters,
                             DateTimeFormatter day, Map<String, Object> model, Map<String, Object> state) {
        List<Source> sources = news.sourcesWithStarters(page.pageId(), starters);
        Map<Integer, String> names = new HashMap<>();
        sources.forEach(s -> names.put(s.id(), s.name()));
        List<HeadlineRow> rows = new ArrayList<>();
        for (Headline h : news.headlines(page.pageId(), tag, limit)) {
            rows.add(new HeadlineRow(h.id(), h.title(), h.url(), h.summary(), h.tag(),
                    h.sourceId() == null ? null : names.get(h.sourceId()), day.format(h.publishedAt()),
                    h.addedBy() == null ? null : people.describe(h.addedBy()).displayName()));
        }
        List<SourceRow> sourceRows = new ArrayList<>();
        for (Source s : sources) {
            sourceRows.add(new SourceRow(s.id(), s.name(), s.url(), s.kind() == Source.Kind.FEED,
                    s.fetchedAt() == null ? null : day.format(s.fetchedAt()),
                    s.lastError() == null ? null : views.text(s.lastError(), ""), s.lastCount() == null ? 0 : s.lastCount()));
        }
        model.put("headlines", rows);
        model.put("sources", sourceRows);
        model.put("tag", tag == null ? "" : tag);
        model.put("stateJson", Views.json(state));
        return views.render("templates/news/news.vm", model);
    }

    private String digest(MacroPage page, DigestSettings settings, boolean admin, DateTimeFormatter day,
                          Map<String, Object> model, Map<String, Object> state) {
        List<IssueRow> issues = new ArrayList<>();
        for (DigestIssue i : digests.archive(page.pageId())) {
            boolean done = i.state() == DigestIssue.State.PUBLISHED;
            issues.add(new IssueRow(i.weekLabel(), i.title(), i.contentId() == null ? null
                    : "/pages/viewpage.action?pageId=" + i.contentId(),
                    i.publishedAt() == null ? null : day.format(i.publishedAt()), i.headlines(), i.readers(), i.mails(), done));
        }
        model.put("issues", issues);
        model.put("readerCount", digests.readerCount(settings));
        model.put("mail", settings.mail());
        DigestService.Preview preview = currentUser.key().isPresent() ? digests.preview(page.spaceKey()) : null;
        model.put("hasPreview", preview != null);
        model.put("previewSubject", preview == null ? "" : preview.subject());
        model.put("previewBodyHtml", preview == null ? "" : preview.html()); // rendered by our auto-escaping template
        if (admin) {
            List<String> usernames = new ArrayList<>();
            List<Map<String, Object>> readers = new ArrayList<>();
            for (String key : settings.readerUsers()) {
                Person person = people.describe(key);
                String name = person.username() == null ? key : person.username();
                usernames.add(name);
                Map<String, Object> reader = new LinkedHashMap<>();
                reader.put("username", name);
                reader.put("displayName", person.displayName() == null ? name : person.displayName());
                readers.add(reader);
            }
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("enabled", settings.enabled());
            form.put("timeZone", settings.zone().getId());
            form.put("mail", settings.mail());
            form.put("readerUsers", usernames);
            form.put("readers", readers);
            form.put("readerGroups", settings.readerGroups());
            form.put("allowedHosts", settings.allowedHosts());
            form.put("version", settings.version());
            state.put("settings", form);
            model.put("hosts", String.join("\n", settings.allowedHosts()));
        }
        model.put("stateJson", Views.json(state));
        return views.render("templates/news/digest.vm", model);
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= NewsService.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw PlaybookException.invalidField("limit", "social-playbook.news.error.limit", NewsService.MAX_LIMIT);
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

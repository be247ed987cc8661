package org.socialplaybook.news;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.Languages;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.Views;

/**
 * Writes a digest for people: the blog post's body (Confluence storage format, in the site's language), and each
 * reader's copy (the same, plus their own open items, in their language) as a mail subject and HTML body, or as the
 * page's preview. One Velocity template for all, auto-escaped; links are absolute so they work in a mail. Changes
 * and open items are only shown on pages the reader may view (the blog post: pages every reader may view).
 */
@Named
public class DigestViews {
    /** The most changed things (matrices, guidelines) one digest lists, each on one line (the rest are counted). */
    static final int MAX_CHANGES = 40;
    static final String TEMPLATE = "templates/news/digest-body.vm";

    private final Views views;
    private final I18nResolver i18n;
    private final Languages languages;
    private final ApplicationProperties application;
    private final SpaceManager spaces;
    private final People people;
    private final ReaderAccess access;

    @Inject
    public DigestViews(Views views, @ComponentImport I18nResolver i18n, Languages languages,
                       @ComponentImport ApplicationProperties application, @ComponentImport SpaceManager spaces,
                       People people, ReaderAccess access) {
        this.views = views;
        this.i18n = i18n;
        this.languages = languages;
        this.application = application;
        this.spaces = spaces;
        this.people = people;
        this.access = access;
    }

    public record HeadlineRow(String title, String url, String summary, String tag, String source, String date) {
    }

    public record ChangeRow(String area, String subject, String text, String by, String date, String url) {
    }

    public record ItemRow(String kind, String title, String url, String due, boolean overdue) {
    }

    /** A rendered digest: subject line and HTML (storage format for the blog post). */
    public record Rendered(String subject, String html) {
    }

    public Locale siteLocale() {
        return languages.site();
    }

    public Locale localeOf(String userKey) {
        return languages.of(userKey);
    }

    /** A reader's open items with their titles in that reader's language (the preview's JSON). */
    public List<OpenItem> inLanguageOf(String userKey, List<OpenItem> items) {
        Text text = new Text(i18n, localeOf(userKey));
        return items.stream().map(i -> new OpenItem(i.kind(), i.titleIn(text), i.due(), i.overdue(), i.pageId())).toList();
    }

    public String title(String spaceKey, NewsRules.Window window, Locale locale) {
        return new Text(i18n, locale).message("social-playbook.news.digest.title", spaceName(spaceKey), window.label());
    }

    /** The blog post: headlines and changes (on pages every reader can view), no personal items. */
    public Rendered blogPost(DigestContent content, DigestSettings settings, java.util.Collection<String> readers) {
        Locale locale = siteLocale();
        List<SpaceChange> visible = content.changes().stream()
                .filter(c -> c.pageId() == 0 || readers.stream().allMatch(r -> access.canView(r, c.pageId()))).toList();
        return render(content, settings, visible, null, locale, false);
    }

    /** One reader's copy (mail or preview): their own open items too, in their language. */
    public Rendered forReader(DigestContent content, DigestSettings settings, String userKey, boolean preview) {
        Locale locale = localeOf(userKey);
        List<SpaceChange> visible = content.changes().stream()
                .filter(c -> c.pageId() == 0 || access.canView(userKey, c.pageId())).toList();
        return render(content, settings, visible, content.openItemsOf(userKey), locale, preview);
    }

    /** The mail's HTML document around the digest body. */
    public String mailDocument(Rendered rendered, Locale locale) {
        return views.render("templates/news/digest-mail.vm", Map.of("subject", rendered.subject(),
                "bodyHtml", rendered.html(), "text", new Text(i18n, locale), "lang", locale.getLanguage()));
    }

    private Rendered render(DigestContent content, DigestSettings settings, List<SpaceChange> changes,
                            List<OpenItem> items, Locale locale, boolean preview) {
        Text text = new Text(i18n, locale);
        ZoneId zone = settings.zone();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        List<HeadlineRow> headlines = new ArrayList<>();
        for (Headline h : content.headlines()) {
            headlines.add(new HeadlineRow(h.title(), h.url(), h.summary(), h.tag(),
                    h.sourceId() == null ? null : content.sourceNames().get(h.sourceId()), day.format(h.publishedAt())));
        }
        List<ChangeRow> changeRows = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (SpaceChange c : changes.subList(0, Math.min(changes.size(), MAX_CHANGES))) {
            List<String> by = new ArrayList<>();
            c.byUserKeys().forEach(k -> by.add(names.computeIfAbsent(k, x -> people.describe(x).displayName())));
            List<String> parts = new ArrayList<>();
            c.parts().forEach(p -> parts.add(text.message(p.key(), p.arguments().toArray())));
            changeRows.add(new ChangeRow(text.message("social-playbook.news.digest.area." + c.area()), c.subject(),
                    String.join(", ", parts), by.isEmpty() ? null : String.join(", ", by), day.format(c.at()),
                    c.pageId() == 0 ? null : base + "/pages/viewpage.action?pageId=" + c.pageId()));
        }
        List<ItemRow> itemRows = new ArrayList<>();
        if (items != null) {
            for (OpenItem i : items) {
                itemRows.add(new ItemRow(text.message("social-playbook.news.digest.item." + i.kind()), i.titleIn(text),
                        i.pageId() == 0 ? null : base + "/pages/viewpage.action?pageId=" + i.pageId(),
                        i.due() == null ? null : day.format(i.due()), i.overdue()));
            }
        }
        Instant lastDay = content.window().end().minusSeconds(1);
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("spaceName", spaceName(content.spaceKey()));
        model.put("from", day.format(content.window().start()));
        model.put("to", day.format(lastDay));
        model.put("week", content.window().label());
        model.put("headlines", headlines);
        model.put("changes", changeRows);
        model.put("moreChanges", Math.max(0, changes.size() - MAX_CHANGES));
        model.put("items", itemRows);
        model.put("personal", items != null);
        model.put("preview", preview);
        String subject = text.message(preview ? "social-playbook.news.digest.preview-subject" : "social-playbook.news.digest.subject",
                spaceName(content.spaceKey()), content.window().label(), headlines.size());
        return new Rendered(subject, views.render(TEMPLATE, model));
    }

    private String spaceName(String spaceKey) {
        Space space = spaces.getSpace(spaceKey);
        return space == null || space.getName() == null ? spaceKey : space.getName();
    }
}

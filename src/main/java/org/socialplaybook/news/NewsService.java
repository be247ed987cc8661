package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;

/**
 * Sources, headlines and digest settings of a space, reached through a page that shows them: viewers of the page
 * read, its editors add and remove headlines and sources and read feeds now, space administrators (or Confluence
 * administrators) change the digest settings and the hosts feeds may come from. Bad input is a translated 400 and
 * changes nothing; a feed whose host is not allowed is refused before any connection.
 */
@Named
public class NewsService {
    public static final int MAX_LIMIT = 200;

    private final NewsStore store;
    private final FeedRefresher refresher;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;
    private final DigestJob job;
    private final SpaceVersions versions;

    @Inject
    public NewsService(NewsStore store, FeedRefresher refresher, PageAccess pageAccess, CurrentUser currentUser,
                       People people, TimeSource time, DigestJob job, SpaceVersions versions) {
        this.store = store;
        this.refresher = refresher;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
        this.job = job;
        this.versions = versions;
    }

    // --- reading ---

    public PageRef viewable(long pageId) {
        return pageAccess.requireView(pageId);
    }

    public List<Headline> headlines(long pageId, String tag, int limit) {
        PageRef page = viewable(pageId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PlaybookException.invalidField("limit", "social-playbook.news.error.limit", MAX_LIMIT);
        }
        return store.headlines(page.spaceKey(), NewsRules.optionalText("tag", tag, NewsRules.TAG_MAX), limit);
    }

    public List<Source> sources(long pageId) {
        return store.sources(viewable(pageId).spaceKey());
    }

    public boolean canEdit(long pageId) {
        return currentUser.key().isPresent() && pageAccess.canEdit(pageId);
    }

    public boolean isSpaceAdmin(String spaceKey) {
        return currentUser.key().isPresent() && pageAccess.isSpaceAdmin(spaceKey);
    }

    // --- headlines ---

    public Headline addHeadline(long pageId, Requests.HeadlineBody body) {
        PageRef page = pageAccess.requireEdit(pageId);
        String user = currentUser.requireKey();
        if (body == null) {
            throw PlaybookException.invalidField("title", "social-playbook.news.error.required");
        }
        String title = NewsRules.requireText("title", body.title(), NewsRules.TITLE_MAX);
        URI url = NewsRules.requireLink("url", body.url());
        String summary = NewsRules.optionalText("summary", body.summary(), NewsRules.SUMMARY_MAX);
        String tag = NewsRules.optionalText("tag", body.tag(), NewsRules.TAG_MAX);
        Integer sourceId = body.sourceId();
        if (sourceId != null) {
            Source source = store.source(sourceId).filter(s -> s.spaceKey().equals(page.spaceKey()))
                    .orElseThrow(() -> PlaybookException.invalidField("sourceId", "social-playbook.news.error.source-not-found"));
            sourceId = source.id();
        }
        return store.addHeadline(page.spaceKey(), sourceId, title, url.toString(), summary,
                tag == null ? null : tag.toLowerCase(Locale.ROOT), user, time.now());
    }

    public void deleteHeadline(long pageId, int headlineId) {
        PageRef page = pageAccess.requireEdit(pageId);
        currentUser.requireKey();
        store.headline(headlineId).filter(h -> h.spaceKey().equals(page.spaceKey()))
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.news.error.headline-not-found"));
        store.deleteHeadline(headlineId);
    }

    // --- sources ---

    public Source addSource(long pageId, Requests.SourceBody body) {
        PageRef page = pageAccess.requireEdit(pageId);
        String user = currentUser.requireKey();
        if (body == null) {
            throw PlaybookException.invalidField("name", "social-playbook.news.error.required");
        }
        String name = NewsRules.requireText("name", body.name(), NewsRules.NAME_MAX);
        Source.Kind kind = kind(body.kind());
        String url;
        if (kind == Source.Kind.FEED) {
            Allowlist allowlist = settingsOrDefaults(page.spaceKey()).allowlist();
            url = HostGuard.requireAllowed("url", body.url(), allowlist).toString();
        } else {
            url = body.url() == null || body.url().isBlank() ? null : NewsRules.requireLink("url", body.url()).toString();
        }
        return store.createSource(page.spaceKey(), name, url, kind, user, time.now());
    }

    /**
     * A macro's {@code starter-sources}, read once: added when the page's space has no source and never had its
     * starters read. A feed's host must be on the space's allowlist (the same 400 as the source form, before
     * anything is added; a new space allows no host, so a starter feed there is refused by design); the feed is read
     * later, as any other, through the host guard. Returns the space's sources afterwards.
     */
    public List<Source> sourcesWithStarters(long pageId, List<NewsRules.StarterSource> starters) {
        PageRef page = viewable(pageId);
        List<Source> sources = store.sources(page.spaceKey());
        if (!sources.isEmpty() || starters.isEmpty()) {
            return sources;
        }
        Allowlist allowlist = settingsOrDefaults(page.spaceKey()).allowlist();
        for (NewsRules.StarterSource starter : starters) {
            if (starter.kind() == Source.Kind.FEED) {
                HostGuard.requireAllowed("starter-sources", starter.url(), allowlist);
            }
        }
        if (store.addStarterSources(page.spaceKey(), starters, time.now())) {
            versions.changed(page.spaceKey()); // written on a view, not through REST: the overview's step 7 is stale
        }
        return store.sources(page.spaceKey());
    }

    public void deleteSource(long pageId, int sourceId) {
        PageRef page = pageAccess.requireEdit(pageId);
        currentUser.requireKey();
        sourceOf(page, sourceId);
        store.deleteSource(sourceId);
    }

    /** Reads a feed now (its host checked against the allowlist and for internal addresses first). */
    public int refresh(long pageId, int sourceId) {
        PageRef page = pageAccess.requireEdit(pageId);
        currentUser.requireKey();
        Source source = sourceOf(page, sourceId);
        if (source.kind() != Source.Kind.FEED) {
            throw PlaybookException.invalid("social-playbook.news.error.not-a-feed", source.name());
        }
        return refresher.refresh(source, settingsOrDefaults(page.spaceKey()).allowlist());
    }

    private Source sourceOf(PageRef page, int sourceId) {
        return store.source(sourceId).filter(s -> s.spaceKey().equals(page.spaceKey()))
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.news.error.source-not-found"));
    }

    private static Source.Kind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return Source.Kind.MANUAL;
        }
        try {
            return Source.Kind.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlaybookException.invalidField("kind", "social-playbook.news.error.kind");
        }
    }

    // --- settings ---

    public DigestSettings settingsOrDefaults(String spaceKey) {
        return store.settings(spaceKey).orElse(DigestSettings.defaults(spaceKey));
    }

    public DigestSettings settings(long pageId) {
        PageRef page = viewable(pageId);
        pageAccess.requireSpaceAdmin(page.spaceKey());
        return settingsOrDefaults(page.spaceKey());
    }

    public DigestSettings saveSettings(long pageId, Requests.SettingsBody body) {
        PageRef page = viewable(pageId);
        pageAccess.requireSpaceAdmin(page.spaceKey());
        String user = currentUser.requireKey();
        if (body == null || body.version() == null) {
            throw PlaybookException.invalidField("version", "social-playbook.news.error.version-required");
        }
        ZoneId zone;
        try {
            zone = body.timeZone() == null || body.timeZone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(body.timeZone().trim());
        } catch (DateTimeException e) {
            throw PlaybookException.invalidField("timeZone", "social-playbook.news.error.time-zone", shorten(body.timeZone()));
        }
        List<String> users = new ArrayList<>();
        for (String u : list(body.readerUsers())) {
            String key = people.exists(u) ? u : people.byUsername(u).map(org.socialplaybook.platform.Person::key)
                    .orElseThrow(() -> PlaybookException.invalidField("readerUsers", "social-playbook.news.error.unknown-user", shorten(u)));
            if (!users.contains(key)) {
                users.add(key);
            }
        }
        if (users.size() > NewsRules.READERS_MAX) {
            throw PlaybookException.invalidField("readerUsers", "social-playbook.news.error.too-many", NewsRules.READERS_MAX);
        }
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(list(body.readerGroups())));
        if (groups.size() > NewsRules.GROUPS_MAX) {
            throw PlaybookException.invalidField("readerGroups", "social-playbook.news.error.too-many", NewsRules.GROUPS_MAX);
        }
        for (String g : groups) {
            if (!people.groupExists(g)) {
                throw PlaybookException.invalidField("readerGroups", "social-playbook.news.error.unknown-group", shorten(g));
            }
        }
        List<String> hosts = new ArrayList<>();
        for (String h : list(body.allowedHosts())) {
            String entry = NewsRules.hostEntry(h);
            if (!hosts.contains(entry)) {
                hosts.add(entry);
            }
        }
        if (hosts.size() > NewsRules.HOSTS_MAX) {
            throw PlaybookException.invalidField("allowedHosts", "social-playbook.news.error.too-many", NewsRules.HOSTS_MAX);
        }
        DigestSettings wanted = new DigestSettings(page.spaceKey(), Boolean.TRUE.equals(body.enabled()), zone,
                !Boolean.FALSE.equals(body.mail()), users, groups, hosts, body.version(), user, time.now());
        DigestSettings saved = store.saveSettings(wanted, body.version(), user, time.now());
        job.scheduleFor(saved);
        return saved;
    }

    private static List<String> list(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.trim());
                }
            }
        }
        return out;
    }

    private static String shorten(String value) {
        String v = value == null ? "" : value.trim();
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}

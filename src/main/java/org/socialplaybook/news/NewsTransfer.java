package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;

/**
 * The space's news in an export (one item: the space has one set): sources, headlines with who added them and when
 * they count, and the Monday digest's settings (on/off, time zone, mail, readers by user key and group, allowed
 * feed hosts). The archive of published digests stays with the source space. After the import the digest job is
 * scheduled when the settings are on.
 */
@Named
public class NewsTransfer implements SpaceDataPort<NewsTransfer.NewsItem> {
    private static final int ALL = 100_000;

    private final NewsStore store;
    private final DigestJob job;

    @Inject
    public NewsTransfer(NewsStore store, DigestJob job) {
        this.store = store;
        this.job = job;
    }

    public record NewsItem(SettingsItem digest, List<SourceItem> sources, List<HeadlineItem> headlines) {
        public NewsItem {
            sources = sources == null ? List.of() : List.copyOf(sources);
            headlines = headlines == null ? List.of() : List.copyOf(headlines);
        }
    }

    public record SettingsItem(boolean enabled, String timeZone, boolean mail, List<String> readerUsers,
                               List<String> readerGroups, List<String> allowedHosts) {
        public SettingsItem {
            readerUsers = readerUsers == null ? List.of() : List.copyOf(readerUsers);
            readerGroups = readerGroups == null ? List.of() : List.copyOf(readerGroups);
            allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        }
    }

    /** {@code fetchedAt}, {@code lastError}, {@code lastCount}: the last time the feed was read and how it went. */
    public record SourceItem(String name, String url, Source.Kind kind, String addedBy, @IsoText Instant addedAt,
                             @IsoText Instant fetchedAt, String lastError, Integer lastCount) {
    }

    /** {@code source}: the name of one of the item's sources, or null (added by hand). */
    public record HeadlineItem(String title, String url, String summary, String tag, String source, String addedBy,
                               @IsoText Instant addedAt, @IsoText Instant publishedAt) {
    }

    @Override
    public String capability() {
        return "news";
    }

    @Override
    public Class<NewsItem> itemType() {
        return NewsItem.class;
    }

    @Override
    public List<NewsItem> export(String spaceKey, TransferPages pages) {
        List<Source> sources = store.sources(spaceKey);
        List<Headline> headlines = store.headlines(spaceKey, null, ALL);
        DigestSettings settings = store.settings(spaceKey).orElse(null);
        if (sources.isEmpty() && headlines.isEmpty() && settings == null) {
            return List.of();
        }
        Map<Integer, String> names = new HashMap<>();
        sources.forEach(s -> names.put(s.id(), s.name()));
        SettingsItem digest = settings == null ? null : new SettingsItem(settings.enabled(), settings.zone().getId(),
                settings.mail(), settings.readerUsers(), settings.readerGroups(), settings.allowedHosts());
        return List.of(new NewsItem(digest,
                sources.stream().map(s -> new SourceItem(s.name(), s.url(), s.kind(), s.addedBy(), s.addedAt(),
                        s.fetchedAt(), s.lastError(), s.lastCount())).toList(),
                headlines.stream().map(h -> new HeadlineItem(h.title(), h.url(), h.summary(), h.tag(),
                        h.sourceId() == null ? null : names.get(h.sourceId()), h.addedBy(), h.addedAt(), h.publishedAt())).toList()));
    }

    @Override
    public void check(NewsItem item, TransferCheck check) {
        Map<String, Boolean> sourceNames = new HashMap<>();
        for (int i = 0; i < item.sources().size(); i++) {
            SourceItem s = item.sources().get(i);
            String field = "sources[" + i + "]";
            if (check.rule(field + ".name", () -> NewsRules.requireText("name", s.name(), NewsRules.NAME_MAX)) != null
                    && sourceNames.put(s.name().trim(), true) != null) {
                check.error(field + ".name", "social-playbook.transfer.error.duplicate", s.name());
            }
            if (s.kind() == null) {
                check.error(field + ".kind", "social-playbook.transfer.error.text-required");
            }
            if (s.url() != null) {
                check.rule(field + ".url", () -> NewsRules.requireLink("url", s.url()));
            }
            if (s.lastError() != null && !s.lastError().matches("social-playbook\\.news\\.[a-z0-9.-]{1,80}")) {
                check.error(field + ".lastError", "social-playbook.transfer.error.json-bad-value", field + ".lastError");
            }
        }
        for (int i = 0; i < item.headlines().size(); i++) {
            HeadlineItem h = item.headlines().get(i);
            String field = "headlines[" + i + "]";
            check.rule(field + ".title", () -> NewsRules.requireText("title", h.title(), NewsRules.TITLE_MAX));
            check.rule(field + ".url", () -> NewsRules.requireLink("url", h.url()));
            check.rule(field + ".summary", () -> NewsRules.optionalText("summary", h.summary(), NewsRules.SUMMARY_MAX));
            check.rule(field + ".tag", () -> NewsRules.optionalText("tag", h.tag(), NewsRules.TAG_MAX));
            if (h.addedAt() == null || h.publishedAt() == null) {
                check.error(field + (h.addedAt() == null ? ".addedAt" : ".publishedAt"), "social-playbook.transfer.error.text-required");
            }
            if (h.source() != null && !sourceNames.containsKey(h.source().trim())) {
                check.error(field + ".source", "social-playbook.transfer.error.unknown-source", h.source());
            }
        }
        SettingsItem d = item.digest();
        if (d != null) {
            try {
                ZoneId.of(d.timeZone() == null ? "" : d.timeZone());
            } catch (DateTimeException e) {
                check.error("digest.timeZone", "social-playbook.news.error.time-zone", String.valueOf(d.timeZone()));
            }
            check.users("digest.readerUsers", d.readerUsers());
            for (int i = 0; i < d.allowedHosts().size(); i++) {
                String host = d.allowedHosts().get(i);
                check.rule("digest.allowedHosts[" + i + "]", () -> NewsRules.hostEntry(host));
            }
        }
        String space = check.targetSpace();
        if (check.unique("", "news") && (!store.sources(space).isEmpty() || !store.headlines(space, null, 1).isEmpty()
                || (d != null && store.settings(space).isPresent()))) {
            check.collides("", "news");
        }
        check.creates(item.sources().size() + " / " + item.headlines().size(),
                item.sources().size() + item.headlines().size() + (d == null ? 0 : 1));
    }

    @Override
    public void importItem(NewsItem item, TransferTarget target) {
        Map<String, Integer> sourceIds = new HashMap<>();
        for (SourceItem s : item.sources()) {
            Instant added = s.addedAt() == null ? target.now() : s.addedAt();
            int id = store.createSource(target.spaceKey(), s.name().trim(), s.url(), s.kind(), s.addedBy(), added).id();
            if (s.fetchedAt() != null) {
                store.markFetched(id, s.fetchedAt(), s.lastError(), s.lastCount());
            }
            sourceIds.put(s.name().trim(), id);
        }
        List<HeadlineItem> oldestFirst = new ArrayList<>(item.headlines());
        java.util.Collections.reverse(oldestFirst);
        for (HeadlineItem h : oldestFirst) {
            Integer sourceId = h.source() == null ? null : sourceIds.get(h.source().trim());
            store.importHeadline(target.spaceKey(), sourceId, new Headline(0, target.spaceKey(), sourceId, h.title(),
                    h.url(), h.summary(), h.tag(), h.addedBy(), h.addedAt(), h.publishedAt()));
        }
        SettingsItem d = item.digest();
        if (d != null) {
            store.saveSettings(new DigestSettings(target.spaceKey(), d.enabled(), ZoneId.of(d.timeZone()), d.mail(),
                    d.readerUsers(), d.readerGroups(), d.allowedHosts(), 0, target.userKey(), target.now()), 0,
                    target.userKey(), target.now());
        }
    }

    @Override
    public void afterImport(NewsItem item, TransferTarget target) {
        store.settings(target.spaceKey()).ifPresent(job::scheduleFor);
    }
}

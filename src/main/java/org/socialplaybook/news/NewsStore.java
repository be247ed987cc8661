package org.socialplaybook.news;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.platform.AoDeletes;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.InLists;
import org.socialplaybook.platform.PlaybookException;

/**
 * The only class of sources and the digest that touches Active Objects. Reads are one query each (by space key, or
 * by unique token); writes run in transactions; the digest of a week and each reader's mail are claimed with a
 * unique row, which is what makes the Monday job idempotent on a cluster.
 */
@Named
public class NewsStore {
    static final int IN_CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public NewsStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // --- sources ---

    public List<Source> sources(String spaceKey) {
        return Arrays.stream(ao.find(NewsSourceEntity.class, Query.select()
                        .where(NewsSourceEntity.SPACE_KEY + " = ?", spaceKey).order(NewsSourceEntity.NAME + ", ID")))
                .map(NewsStore::source).toList();
    }

    public Optional<Source> source(int id) {
        NewsSourceEntity[] found = ao.find(NewsSourceEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(source(found[0]));
    }

    public Source createSource(String spaceKey, String name, String url, Source.Kind kind, String userKey, Instant now) {
        return ao.executeInTransaction(() -> {
            NewsSourceEntity e = ao.create(NewsSourceEntity.class,
                    new DBParam(NewsSourceEntity.SPACE_KEY, spaceKey), new DBParam(NewsSourceEntity.NAME, name),
                    new DBParam(NewsSourceEntity.KIND, kind.name()));
            e.setUrl(url);
            e.setAddedBy(userKey);
            e.setAddedAt(Date.from(now));
            e.save();
            return source(e);
        });
    }

    /**
     * Adds a macro's starter sources to a space that has no source and never had its starters read, and marks them
     * read on the space's settings row (created at version 0 with the defaults when missing), all in one
     * transaction: of two renders at once one adds them (the other waits on the row or breaks its unique key, and
     * adds nothing). False when nothing was added.
     */
    public boolean addStarterSources(String spaceKey, List<NewsRules.StarterSource> starters, Instant now) {
        try {
            return ao.executeInTransaction(() -> {
                DigestSettingsEntity[] found = ao.find(DigestSettingsEntity.class,
                        Query.select().where(DigestSettingsEntity.SPACE_KEY + " = ?", spaceKey));
                DigestSettingsEntity row;
                if (found.length > 0) {
                    // the row lock first (as saveSettings takes it), then the marker as committed
                    found[0].setStartersAt(found[0].getStartersAt());
                    found[0].save();
                    row = ao.find(DigestSettingsEntity.class,
                            Query.select().where(DigestSettingsEntity.SPACE_KEY + " = ?", spaceKey))[0];
                    if (row.getStartersAt() != null) {
                        return false;
                    }
                } else {
                    row = ao.create(DigestSettingsEntity.class, new DBParam(DigestSettingsEntity.SPACE_KEY, spaceKey),
                            new DBParam(DigestSettingsEntity.VERSION, 0), new DBParam(DigestSettingsEntity.ENABLED, false),
                            new DBParam(DigestSettingsEntity.MAIL_ENABLED, true));
                }
                row.setStartersAt(Date.from(now));
                row.save();
                if (ao.count(NewsSourceEntity.class, Query.select().where(NewsSourceEntity.SPACE_KEY + " = ?", spaceKey)) > 0) {
                    return false;
                }
                for (NewsRules.StarterSource starter : starters) {
                    NewsSourceEntity e = ao.create(NewsSourceEntity.class,
                            new DBParam(NewsSourceEntity.SPACE_KEY, spaceKey), new DBParam(NewsSourceEntity.NAME, starter.name()),
                            new DBParam(NewsSourceEntity.KIND, starter.kind().name()));
                    e.setUrl(starter.url());
                    e.setAddedAt(Date.from(now));
                    e.save();
                }
                return true;
            });
        } catch (RuntimeException raced) {
            // another request created the settings row at the same moment (the space key is unique): it added them
            if (startersRead(spaceKey)) {
                return false;
            }
            throw raced;
        }
    }

    private boolean startersRead(String spaceKey) {
        DigestSettingsEntity[] found = ao.find(DigestSettingsEntity.class,
                Query.select().where(DigestSettingsEntity.SPACE_KEY + " = ?", spaceKey));
        return found.length > 0 && found[0].getStartersAt() != null;
    }

    public void deleteSource(int id) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(NewsSourceEntity.class, "ID = ?", id));
    }

    /** Records the outcome of reading a feed: when, the error's i18n key (null: fine) and how many new headlines. */
    public void markFetched(int sourceId, Instant when, String errorKey, Integer added) {
        ao.executeInTransaction(() -> {
            for (NewsSourceEntity e : ao.find(NewsSourceEntity.class, Query.select().where("ID = ?", sourceId))) {
                e.setFetchedAt(Date.from(when));
                e.setLastError(errorKey);
                e.setLastCount(added);
                e.save();
            }
            return null;
        });
    }

    // --- headlines ---

    /** The newest headlines of the space (optionally with one tag), at most {@code limit}: one query. */
    public List<Headline> headlines(String spaceKey, String tag, int limit) {
        Query query = tag == null
                ? Query.select().where(HeadlineEntity.SPACE_KEY + " = ?", spaceKey)
                : Query.select().where(HeadlineEntity.SPACE_KEY + " = ? AND " + HeadlineEntity.TAG + " = ?", spaceKey, tag);
        return Arrays.stream(ao.find(HeadlineEntity.class, query.order(HeadlineEntity.PUBLISHED_AT + " DESC, ID DESC")
                .limit(limit))).map(NewsStore::headline).toList();
    }

    /** The headlines that count from {@code from} (inclusive) to {@code to} (exclusive), newest first: one query. */
    public List<Headline> headlinesBetween(String spaceKey, Instant from, Instant to) {
        return Arrays.stream(ao.find(HeadlineEntity.class, Query.select()
                        .where(HeadlineEntity.SPACE_KEY + " = ? AND " + HeadlineEntity.PUBLISHED_AT + " >= ? AND "
                                + HeadlineEntity.PUBLISHED_AT + " < ?", spaceKey, Date.from(from), Date.from(to))
                        .order(HeadlineEntity.PUBLISHED_AT + " DESC, ID DESC")))
                .map(NewsStore::headline).toList();
    }

    public Optional<Headline> headline(int id) {
        HeadlineEntity[] found = ao.find(HeadlineEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(headline(found[0]));
    }

    public int countHeadlinesSince(String spaceKey, Instant since) {
        return ao.count(HeadlineEntity.class, Query.select().where(HeadlineEntity.SPACE_KEY + " = ? AND "
                + HeadlineEntity.PUBLISHED_AT + " >= ?", spaceKey, Date.from(since)));
    }

    /** A headline a person adds (its token is random: the same link may be shared twice on purpose). */
    public Headline addHeadline(String spaceKey, Integer sourceId, String title, String url, String summary, String tag,
                                String userKey, Instant now) {
        return ao.executeInTransaction(() -> headline(insert(spaceKey, sourceId, title, url, summary, tag, userKey, now,
                now, spaceKey + ":manual:" + UUID.randomUUID())));
    }

    /** A headline as another space had it (an import): its own times, a token of its own. */
    public Headline importHeadline(String spaceKey, Integer sourceId, Headline h) {
        return headline(insert(spaceKey, sourceId, h.title(), h.url(), h.summary(), h.tag(), h.addedBy(), h.addedAt(),
                h.publishedAt(), spaceKey + ":import:" + UUID.randomUUID()));
    }

    /** A feed's items, each at most once per source (by the item's token): returns how many were new. */
    public int addFeedItems(String spaceKey, int sourceId, List<FeedItem> items, Instant now) {
        List<FeedItem> fresh = new ArrayList<>();
        Set<String> known = existingTokens(items.stream().map(i -> token(spaceKey, sourceId, i)).toList());
        Set<String> seen = new HashSet<>();
        for (FeedItem item : items) {
            String token = token(spaceKey, sourceId, item);
            if (!known.contains(token) && seen.add(token)) {
                fresh.add(item);
            }
        }
        try {
            return ao.executeInTransaction(() -> {
                for (FeedItem item : fresh) {
                    insertItem(spaceKey, sourceId, item, now);
                }
                return fresh.size();
            });
        } catch (RuntimeException raced) {
            // another node read the same feed at the same moment: add what is still new, one by one
            int added = 0;
            for (FeedItem item : fresh) {
                try {
                    ao.executeInTransaction(() -> insertItem(spaceKey, sourceId, item, now));
                    added++;
                } catch (RuntimeException duplicate) {
                    // already there
                }
            }
            return added;
        }
    }

    private HeadlineEntity insertItem(String spaceKey, int sourceId, FeedItem item, Instant now) {
        Instant published = item.published() == null || item.published().isAfter(now) ? now : item.published();
        return insert(spaceKey, sourceId, item.title(), item.link(), item.summary(), null, null, now, published,
                token(spaceKey, sourceId, item));
    }

    private HeadlineEntity insert(String spaceKey, Integer sourceId, String title, String url, String summary, String tag,
                                  String userKey, Instant added, Instant published, String token) {
        HeadlineEntity e = ao.create(HeadlineEntity.class,
                new DBParam(HeadlineEntity.SPACE_KEY, spaceKey), new DBParam(HeadlineEntity.TITLE, title),
                new DBParam(HeadlineEntity.ADDED_AT, Date.from(added)),
                new DBParam(HeadlineEntity.PUBLISHED_AT, Date.from(published)),
                new DBParam(HeadlineEntity.ITEM_TOKEN, token));
        e.setSourceId(sourceId);
        e.setUrl(url);
        e.setSummary(summary);
        e.setTag(tag);
        e.setAddedBy(userKey);
        e.save();
        return e;
    }

    private Set<String> existingTokens(List<String> tokens) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(tokens));
        for (List<String> chunk : InLists.chunks(all, IN_CHUNK)) {
            for (HeadlineEntity e : ao.find(HeadlineEntity.class, Query.select()
                    .where(InLists.in(HeadlineEntity.ITEM_TOKEN, chunk.size()), chunk.toArray()))) {
                found.add(e.getItemToken());
            }
        }
        return found;
    }

    static String token(String spaceKey, int sourceId, FeedItem item) {
        String id = item.id() != null && !item.id().isBlank() ? item.id() : item.link() + "\n" + item.title();
        return spaceKey + ":" + sourceId + ":" + sha256(id);
    }

    public void deleteHeadline(int id) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(HeadlineEntity.class, "ID = ?", id));
    }

    // --- settings ---

    public Optional<DigestSettings> settings(String spaceKey) {
        DigestSettingsEntity[] found = ao.find(DigestSettingsEntity.class,
                Query.select().where(DigestSettingsEntity.SPACE_KEY + " = ?", spaceKey));
        return found.length == 0 ? Optional.empty() : Optional.of(settings(found[0]));
    }

    /** The spaces whose digest is on (for scheduling at start-up): one query. */
    public List<DigestSettings> enabledSettings() {
        return Arrays.stream(ao.find(DigestSettingsEntity.class,
                Query.select().where(DigestSettingsEntity.ENABLED + " = ?", true))).map(NewsStore::settings).toList();
    }

    /**
     * Saves the settings if nobody saved since {@code expectedVersion} (0: never saved); 409 naming who did
     * otherwise. Returns the saved settings (version + 1).
     */
    public DigestSettings saveSettings(DigestSettings s, int expectedVersion, String userKey, Instant now) {
        return ao.executeInTransaction(() -> {
            DigestSettingsEntity[] found = ao.find(DigestSettingsEntity.class,
                    Query.select().where(DigestSettingsEntity.SPACE_KEY + " = ?", s.spaceKey()));
            if (found.length > 0) {
                // the row lock first (touching a column rewritten below, never VERSION), then the version as
                // committed: of two saves at once one waits, then sees the other's version and gets the 409
                found[0].setUpdatedAt(found[0].getUpdatedAt());
                found[0].save();
                found = ao.find(DigestSettingsEntity.class,
                        Query.select().where(DigestSettingsEntity.SPACE_KEY + " = ?", s.spaceKey()));
            }
            int current = found.length == 0 ? 0 : found[0].getVersion();
            if (current != expectedVersion) {
                throw EditVersions.refusal(expectedVersion, 0, current, "social-playbook.news.error.settings-conflict");
            }
            DigestSettingsEntity e = found.length > 0 ? found[0] : ao.create(DigestSettingsEntity.class,
                    new DBParam(DigestSettingsEntity.SPACE_KEY, s.spaceKey()), new DBParam(DigestSettingsEntity.VERSION, 0),
                    new DBParam(DigestSettingsEntity.ENABLED, false), new DBParam(DigestSettingsEntity.MAIL_ENABLED, true));
            e.setEnabled(s.enabled());
            e.setTimeZone(s.zone().getId());
            e.setMailEnabled(s.mail());
            e.setReaderUsers(lines(s.readerUsers()));
            e.setReaderGroups(lines(s.readerGroups()));
            e.setAllowedHosts(lines(s.allowedHosts()));
            e.setVersion(current + 1);
            e.setUpdatedBy(userKey);
            e.setUpdatedAt(Date.from(now));
            e.save();
            return settings(e);
        });
    }

    // --- digests ---

    public List<DigestIssue> issues(String spaceKey, int limit) {
        return Arrays.stream(ao.find(DigestIssueEntity.class, Query.select()
                        .where(DigestIssueEntity.SPACE_KEY + " = ?", spaceKey).order("ID DESC").limit(limit)))
                .map(NewsStore::issue).toList();
    }

    public Optional<DigestIssue> issue(String spaceKey, String weekLabel) {
        DigestIssueEntity[] found = ao.find(DigestIssueEntity.class, Query.select()
                .where(DigestIssueEntity.WEEK_TOKEN + " = ?", weekToken(spaceKey, weekLabel)));
        return found.length == 0 ? Optional.empty() : Optional.of(issue(found[0]));
    }

    /**
     * Claims the week's digest for this run: inserts the week's unique row (or takes over a claim older than
     * {@code staleBefore} that never got published, e.g. after a node died). Empty when another run has it.
     */
    public Optional<DigestIssue> claim(String spaceKey, String weekLabel, String title, Instant now, Instant staleBefore) {
        String claimId = UUID.randomUUID().toString();
        Optional<DigestIssue> existing = issue(spaceKey, weekLabel);
        if (existing.isEmpty()) {
            try {
                return Optional.of(ao.executeInTransaction(() -> {
                    DigestIssueEntity e = ao.create(DigestIssueEntity.class,
                            new DBParam(DigestIssueEntity.SPACE_KEY, spaceKey),
                            new DBParam(DigestIssueEntity.WEEK_TOKEN, weekToken(spaceKey, weekLabel)),
                            new DBParam(DigestIssueEntity.WEEK_LABEL, weekLabel),
                            new DBParam(DigestIssueEntity.STATE, DigestIssue.State.CLAIMED.name()),
                            new DBParam(DigestIssueEntity.CLAIM_ID, claimId),
                            new DBParam(DigestIssueEntity.CLAIMED_AT, Date.from(now)),
                            new DBParam(DigestIssueEntity.TITLE, title),
                            new DBParam(DigestIssueEntity.HEADLINE_COUNT, 0),
                            new DBParam(DigestIssueEntity.CHANGE_COUNT, 0),
                            new DBParam(DigestIssueEntity.READER_COUNT, 0),
                            new DBParam(DigestIssueEntity.MAIL_COUNT, 0));
                    return issue(e);
                }));
            } catch (RuntimeException lost) {
                if (issue(spaceKey, weekLabel).isEmpty()) {
                    throw lost; // not a lost race: a real failure
                }
                return Optional.empty(); // another node inserted the week first
            }
        }
        DigestIssue found = existing.get();
        if (found.state() != DigestIssue.State.CLAIMED || found.claimedAt().isAfter(staleBefore)) {
            return Optional.empty();
        }
        return ao.executeInTransaction(() -> {
            DigestIssueEntity[] rows = ao.find(DigestIssueEntity.class, Query.select().where("ID = ?", found.id()));
            DigestIssueEntity e = rows[0];
            e.setClaimedAt(e.getClaimedAt()); // UPDATE first: the row is ours until commit
            e.save();
            DigestIssueEntity[] again = ao.find(DigestIssueEntity.class, Query.select().where("ID = ?", found.id()));
            if (!DigestIssue.State.CLAIMED.name().equals(again[0].getState())
                    || again[0].getClaimedAt().toInstant().isAfter(staleBefore)) {
                return Optional.empty();
            }
            again[0].setClaimId(claimId);
            again[0].setClaimedAt(Date.from(now));
            again[0].save();
            return Optional.of(issue(again[0]));
        });
    }

    /** A run failed half way: its claim becomes stale at once, so the next run takes over (keeping what was done). */
    public void releaseClaim(int issueId) {
        ao.executeInTransaction(() -> {
            for (DigestIssueEntity e : ao.find(DigestIssueEntity.class, Query.select().where("ID = ?", issueId))) {
                if (DigestIssue.State.CLAIMED.name().equals(e.getState())) {
                    e.setClaimedAt(new Date(0));
                    e.save();
                }
            }
            return null;
        });
    }

    /** The blog post is out: its id, straight away (a retry after a crash then never publishes it twice). */
    public void setContentId(int issueId, long contentId) {
        ao.executeInTransaction(() -> {
            for (DigestIssueEntity e : ao.find(DigestIssueEntity.class, Query.select().where("ID = ?", issueId))) {
                e.setContentId(contentId);
                e.save();
            }
            return null;
        });
    }

    public DigestIssue markPublished(int issueId, int headlines, int changes, int readers, int mails, Instant now) {
        return ao.executeInTransaction(() -> {
            DigestIssueEntity e = ao.find(DigestIssueEntity.class, Query.select().where("ID = ?", issueId))[0];
            e.setState(DigestIssue.State.PUBLISHED.name());
            e.setPublishedAt(Date.from(now));
            e.setHeadlineCount(headlines);
            e.setChangeCount(changes);
            e.setReaderCount(readers);
            e.setMailCount(mails);
            e.save();
            return issue(e);
        });
    }

    /** Claims one reader's mail of a digest; false when it was claimed (sent) before. */
    public boolean claimMail(int issueId, String userKey, Instant now) {
        try {
            return ao.executeInTransaction(() -> {
                ao.create(DigestMailEntity.class, new DBParam(DigestMailEntity.ISSUE_ID, issueId),
                        new DBParam(DigestMailEntity.USER_KEY, userKey),
                        new DBParam(DigestMailEntity.MAIL_TOKEN, issueId + ":" + userKey),
                        new DBParam(DigestMailEntity.OUTCOME, "CLAIMED"),
                        new DBParam(DigestMailEntity.SENT_AT, Date.from(now)));
                return true;
            });
        } catch (RuntimeException duplicate) {
            if (ao.count(DigestMailEntity.class, Query.select().where(DigestMailEntity.MAIL_TOKEN + " = ?",
                    issueId + ":" + userKey)) == 0) {
                throw duplicate; // not claimed before: a real failure
            }
            return false;
        }
    }

    /** The readers whose mail of this digest was claimed already (one query). */
    public Set<String> mailedReaders(int issueId) {
        Set<String> readers = new HashSet<>();
        for (DigestMailEntity e : ao.find(DigestMailEntity.class, Query.select().where(DigestMailEntity.ISSUE_ID + " = ?", issueId))) {
            readers.add(e.getUserKey());
        }
        return readers;
    }

    public void mailOutcome(int issueId, String userKey, String outcome) {
        ao.executeInTransaction(() -> {
            for (DigestMailEntity e : ao.find(DigestMailEntity.class,
                    Query.select().where(DigestMailEntity.MAIL_TOKEN + " = ?", issueId + ":" + userKey))) {
                e.setOutcome(outcome);
                e.save();
            }
            return null;
        });
    }

    // --- mapping ---

    static String weekToken(String spaceKey, String weekLabel) {
        return spaceKey + "/" + weekLabel;
    }

    private static Source source(NewsSourceEntity e) {
        Source.Kind kind = "FEED".equals(e.getKind()) ? Source.Kind.FEED : Source.Kind.MANUAL;
        return new Source(e.getID(), e.getSpaceKey(), e.getName(), e.getUrl(), kind, e.getAddedBy(),
                instant(e.getAddedAt()), instant(e.getFetchedAt()), e.getLastError(), e.getLastCount());
    }

    private static Headline headline(HeadlineEntity e) {
        return new Headline(e.getID(), e.getSpaceKey(), e.getSourceId(), e.getTitle(), e.getUrl(), e.getSummary(),
                e.getTag(), e.getAddedBy(), instant(e.getAddedAt()), instant(e.getPublishedAt()));
    }

    private static DigestSettings settings(DigestSettingsEntity e) {
        ZoneId zone;
        try {
            zone = e.getTimeZone() == null ? ZoneId.systemDefault() : ZoneId.of(e.getTimeZone());
        } catch (java.time.DateTimeException unknown) {
            zone = ZoneId.systemDefault();
        }
        return new DigestSettings(e.getSpaceKey(), e.isEnabled(), zone, e.isMailEnabled(), split(e.getReaderUsers()),
                split(e.getReaderGroups()), split(e.getAllowedHosts()), e.getVersion(), e.getUpdatedBy(),
                instant(e.getUpdatedAt()));
    }

    private static DigestIssue issue(DigestIssueEntity e) {
        DigestIssue.State state = DigestIssue.State.PUBLISHED.name().equals(e.getState())
                ? DigestIssue.State.PUBLISHED : DigestIssue.State.CLAIMED;
        return new DigestIssue(e.getID(), e.getSpaceKey(), e.getWeekLabel(), state, instant(e.getClaimedAt()),
                instant(e.getPublishedAt()), e.getContentId(), e.getTitle(), e.getHeadlineCount(), e.getChangeCount(),
                e.getReaderCount(), e.getMailCount());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String lines(Collection<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String lines) {
        List<String> values = new ArrayList<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                if (!line.isBlank()) {
                    values.add(line.trim());
                }
            }
        }
        return values;
    }

    static String sha256(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the space's life cycle (NewsLifecycle) ---

    /** Deletes the space's digest settings, issues (with their mail records), headlines and sources: one transaction. */
    public int removeSpace(String spaceKey) {
        return ao.executeInTransaction(() -> {
            List<Integer> issues = new ArrayList<>();
            for (DigestIssueEntity e : ao.find(DigestIssueEntity.class, Query.select().where(DigestIssueEntity.SPACE_KEY + " = ?", spaceKey))) {
                issues.add(e.getID());
            }
            int removed = AoDeletes.cascade(ao, DigestIssueEntity.class, issues, IN_CHUNK,
                    AoDeletes.child(DigestMailEntity.class, DigestMailEntity.ISSUE_ID));
            removed += ao.deleteWithSQL(HeadlineEntity.class, HeadlineEntity.SPACE_KEY + " = ?", spaceKey);
            removed += ao.deleteWithSQL(NewsSourceEntity.class, NewsSourceEntity.SPACE_KEY + " = ?", spaceKey);
            removed += ao.deleteWithSQL(DigestSettingsEntity.class, DigestSettingsEntity.SPACE_KEY + " = ?", spaceKey);
            return removed;
        });
    }
}

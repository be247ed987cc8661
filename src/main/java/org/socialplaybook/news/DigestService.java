package org.socialplaybook.news;

import com.atlassian.cache.CacheManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.KeptValues;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;

/**
 * The digest as people reach it from a page: the preview of this week's digest for the current reader (before
 * Monday: what has come in since the last one, and their own open items), the archive of published digests, and
 * "publish now" for space administrators (the same once-per-week rule as the scheduled job).
 *
 * <p>A reader's preview gathers the whole space (headlines, every capability's changes and the reader's open
 * items) and renders the mail: it is kept (Atlassian Cache, per node) by space version, reader and week, so the
 * digest page does not work it out again on every view; any change to the space's data gives it a new version on
 * every node, and an entry expires after {@value #PREVIEW_TTL_SECONDS} seconds (what no event reports: a page
 * renamed, a group's members).
 */
@Named
public class DigestService {
    static final int ARCHIVE = 12;
    static final long PREVIEW_TTL_SECONDS = 30;

    private final NewsStore store;
    private final DigestAssembler assembler;
    private final DigestViews digestViews;
    private final DigestPublisher publisher;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final SpaceVersions versions;
    private final KeptValues<Preview> previews;

    @Inject
    public DigestService(NewsStore store, DigestAssembler assembler, DigestViews digestViews, DigestPublisher publisher,
                         PageAccess pageAccess, CurrentUser currentUser, TimeSource time, SpaceVersions versions,
                         @ComponentImport CacheManager cacheManager) {
        this.versions = versions;
        this.previews = KeptValues.local(cacheManager, "digest-previews", PREVIEW_TTL_SECONDS, 5_000);
        this.store = store;
        this.assembler = assembler;
        this.digestViews = digestViews;
        this.publisher = publisher;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** This week's digest as the current reader will get it. */
    public record Preview(String subject, String week, int headlines, int changes, List<OpenItem> openItems, String html) {
        public Preview {
            openItems = List.copyOf(openItems); // one preview may be shown to several requests of its reader
        }
    }

    public Preview preview(long pageId) {
        PageRef page = pageAccess.requireView(pageId);
        return preview(page.spaceKey());
    }

    /** For a space the caller may view (checked by the caller). */
    public Preview preview(String spaceKey) {
        String user = currentUser.requireKey();
        DigestSettings settings = store.settings(spaceKey).orElse(DigestSettings.defaults(spaceKey));
        NewsRules.Window window = NewsRules.upcomingIssue(time.now(), settings.zone());
        String key = versions.current(spaceKey) + "/" + spaceKey + "/" + user + "/" + window.label();
        return previews.get(key, () -> preview(spaceKey, user, settings, window));
    }

    private Preview preview(String spaceKey, String user, DigestSettings settings, NewsRules.Window window) {
        DigestContent content = assembler.assemble(spaceKey, window, Set.of(user));
        DigestViews.Rendered rendered = digestViews.forReader(content, settings, user, true);
        return new Preview(rendered.subject(), window.label(), content.headlines().size(), content.changes().size(),
                digestViews.inLanguageOf(user, content.openItemsOf(user)), rendered.html());
    }

    /** How many people read the space's digest now (named people and group members). */
    public int readerCount(DigestSettings settings) {
        return assembler.readers(settings).size();
    }

    public List<DigestIssue> archive(long pageId) {
        PageRef page = pageAccess.requireView(pageId);
        return store.issues(page.spaceKey(), ARCHIVE);
    }

    public DigestPublisher.Outcome publishNow(long pageId) {
        PageRef page = pageAccess.requireView(pageId);
        pageAccess.requireSpaceAdmin(page.spaceKey());
        currentUser.requireKey();
        DigestPublisher.Outcome outcome = publisher.publishDue(page.spaceKey(), true);
        if (outcome.kind() == DigestPublisher.Outcome.Kind.ALREADY_PUBLISHED && outcome.issue() != null
                && outcome.issue().state() == DigestIssue.State.CLAIMED) {
            throw PlaybookException.conflict("social-playbook.news.error.digest-running", outcome.issue().weekLabel());
        }
        return outcome;
    }
}

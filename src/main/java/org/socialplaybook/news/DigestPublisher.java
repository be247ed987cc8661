package org.socialplaybook.news;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.TimeSource;

/**
 * Publishes a space's Monday digest, once per space and ISO week whatever runs it (the scheduled job on any node,
 * twice, or an administrator's "publish now"): claims the week with a unique row, reads the space's feeds, assembles
 * the digest, saves it as a blog post in the space (its id is recorded at once) and mails each reader their copy
 * (each reader claimed before the mail goes out, so no one gets two). A run that died half way is taken over after
 * {@link #STALE_CLAIM}; what it already did (the blog post, the mails) is not done again.
 */
@Named
public class DigestPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DigestPublisher.class);
    static final Duration STALE_CLAIM = Duration.ofHours(1);

    private final NewsStore store;
    private final FeedRefresher refresher;
    private final DigestAssembler assembler;
    private final DigestViews digestViews;
    private final ContentEntityManager content;
    private final SpaceManager spaces;
    private final MailServerManager mail;
    private final UserManager users;
    private final TimeSource time;

    @Inject
    public DigestPublisher(NewsStore store, FeedRefresher refresher, DigestAssembler assembler, DigestViews digestViews,
                           @ComponentImport ContentEntityManager content, @ComponentImport SpaceManager spaces,
                           @ComponentImport MailServerManager mail, @ComponentImport UserManager users, TimeSource time) {
        this.store = store;
        this.refresher = refresher;
        this.assembler = assembler;
        this.digestViews = digestViews;
        this.content = content;
        this.spaces = spaces;
        this.mail = mail;
        this.users = users;
        this.time = time;
    }

    /** What a run did. */
    public record Outcome(Kind kind, DigestIssue issue) {
        public enum Kind { PUBLISHED, ALREADY_PUBLISHED, DIGEST_OFF }
    }

    /**
     * The digest due now (last Monday 07:00 in the space's time zone), unless this week's is already out.
     * {@code evenIfOff}: an administrator asked, so the space's on/off switch does not matter.
     */
    public Outcome publishDue(String spaceKey, boolean evenIfOff) {
        DigestSettings settings = store.settings(spaceKey).orElse(DigestSettings.defaults(spaceKey));
        if (!settings.enabled() && !evenIfOff) {
            return new Outcome(Outcome.Kind.DIGEST_OFF, null);
        }
        Instant now = time.now();
        NewsRules.Window window = NewsRules.dueIssue(now, settings.zone());
        String title = digestViews.title(spaceKey, window, digestViews.siteLocale());
        Optional<DigestIssue> claimed = store.claim(spaceKey, window.label(), title, now, now.minus(STALE_CLAIM));
        if (claimed.isEmpty()) {
            return new Outcome(Outcome.Kind.ALREADY_PUBLISHED, store.issue(spaceKey, window.label()).orElse(null));
        }
        DigestIssue issue = claimed.get();
        try {
            return publish(issue, spaceKey, settings, window, title);
        } catch (RuntimeException e) {
            store.releaseClaim(issue.id()); // the next run (or "publish now") may take it over at once
            throw e;
        }
    }

    private Outcome publish(DigestIssue issue, String spaceKey, DigestSettings settings, NewsRules.Window window,
                            String title) {
        refresher.refreshSpace(spaceKey, settings.allowlist());
        Set<String> readers = assembler.readers(settings);
        DigestContent digest = assembler.assemble(spaceKey, window, readers);
        if (issue.contentId() == null) {
            DigestViews.Rendered post = digestViews.blogPost(digest, settings, readers);
            BlogPost blog = new BlogPost();
            blog.setSpace(spaces.getSpace(spaceKey));
            blog.setTitle(title);
            blog.setBodyAsString(post.html());
            content.saveContentEntity(blog, DefaultSaveContext.DEFAULT);
            store.setContentId(issue.id(), blog.getId());
        }
        int mails = settings.mail() ? mailReaders(issue, digest, settings, readers) : 0;
        DigestIssue published = store.markPublished(issue.id(), digest.headlines().size(), digest.changes().size(),
                readers.size(), mails, time.now());
        LOG.info("Monday digest {} of space {} published: {} headlines, {} changes, {} readers, {} mails",
                window.label(), spaceKey, digest.headlines().size(), digest.changes().size(), readers.size(), mails);
        return new Outcome(Outcome.Kind.PUBLISHED, published);
    }

    /** Each reader with an address gets their copy once; returns how many mails went out in this run. */
    private int mailReaders(DigestIssue issue, DigestContent digest, DigestSettings settings, Set<String> readers) {
        SMTPMailServer server = mail.getDefaultSMTPMailServer();
        if (server == null) {
            LOG.info("No outgoing mail server: the digest of {} is published without mails", digest.spaceKey());
            return 0;
        }
        Set<String> done = store.mailedReaders(issue.id());
        List<String> pending = new ArrayList<>();
        for (String reader : readers) {
            if (!done.contains(reader)) {
                pending.add(reader);
            }
        }
        int sent = 0;
        for (String reader : pending) {
            UserProfile profile = users.getUserProfile(new UserKey(reader));
            String address = profile == null ? null : profile.getEmail();
            if (!store.claimMail(issue.id(), reader, time.now())) {
                continue;
            }
            if (address == null || address.isBlank()) {
                store.mailOutcome(issue.id(), reader, "NO_ADDRESS");
                continue;
            }
            DigestViews.Rendered copy = digestViews.forReader(digest, settings, reader, false);
            Email email = new Email(address)
                    .setSubject(copy.subject())
                    .setBody(digestViews.mailDocument(copy, digestViews.localeOf(reader)))
                    .setMimeType("text/html")
                    .setEncoding("UTF-8");
            try {
                server.send(email);
                store.mailOutcome(issue.id(), reader, "SENT");
                sent++;
            } catch (MailException e) {
                LOG.warn("The digest mail to one reader of {} failed: {}", digest.spaceKey(), e.getMessage());
                store.mailOutcome(issue.id(), reader, "FAILED");
            }
        }
        return sent;
    }
}

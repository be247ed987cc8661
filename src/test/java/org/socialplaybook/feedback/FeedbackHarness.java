package org.socialplaybook.feedback;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.cache.CacheManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;
import org.socialplaybook.jira.JiraAuth;
import org.socialplaybook.jira.JiraConnectionStore;
import org.socialplaybook.jira.JiraTimeouts;
import org.socialplaybook.platform.PluginKeys;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxApplicationLinks;
import org.socialplaybook.sandbox.confluence.SandboxApplicationProperties;
import org.socialplaybook.sandbox.confluence.SandboxCacheManager;
import org.socialplaybook.sandbox.confluence.SandboxUserAccessor;
import org.socialplaybook.sandbox.confluence.SandboxUserManager;
import org.socialplaybook.sandbox.plugin.Components;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;

/**
 * The capability's outbox, status sync and store built the way the plugin system builds them, on an in-memory AO
 * database, with a hand-moved clock and short Jira timeouts, against a fake Jira. No web layer, no permissions:
 * what the job and the services do underneath.
 */
public final class FeedbackHarness implements AutoCloseable {
    public static final String SPACE = "SOCIAL";
    public static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    public final MutableClock clock = new MutableClock(START);
    public final EmbeddedActiveObjects ao;
    public final Components components;
    public final Directory directory = Directory.load("demo/space.json");
    public final SandboxCacheManager caches = new SandboxCacheManager(clock);
    public final org.socialplaybook.sandbox.confluence.SandboxScheduler scheduler;

    public FeedbackHarness(String jiraUrl, String token) {
        PluginDescriptor descriptor = PluginDescriptor.load();
        ao = org.socialplaybook.testing.TestDatabase.activeObjects(descriptor.aoNamespace());
        ao.migrate(entities(descriptor));
        scheduler = new org.socialplaybook.sandbox.confluence.SandboxScheduler("harness",
                new org.socialplaybook.sandbox.cluster.JobClaims(new org.socialplaybook.sandbox.cluster.SharedDatabase(ao::openJdbcConnection)));
        RequestContext request = new RequestContext();
        components = new Components(PluginKeys.class, "org.socialplaybook", List.of("org.socialplaybook.sandbox"))
                .register(ActiveObjects.class, ao)
                .register(TimeSource.class, new TimeSource(clock))
                .register(CacheManager.class, caches)
                .register(com.atlassian.scheduler.SchedulerService.class, scheduler)
                .register(ApplicationLinkService.class, new SandboxApplicationLinks())
                .register(JiraTimeouts.class, new JiraTimeouts(Duration.ofMillis(500), Duration.ofMillis(1000)))
                .register(ApplicationProperties.class, new SandboxApplicationProperties("http://localhost:1990/confluence", "/confluence", temporaryHome()))
                .register(UserManager.class, new SandboxUserManager(directory, request, "/confluence"))
                .register(UserAccessor.class, new SandboxUserAccessor(directory))
                .register(com.atlassian.sal.api.message.I18nResolver.class,
                        new org.socialplaybook.sandbox.confluence.SandboxI18n(descriptor.i18nLocation(), request))
                .register(com.atlassian.sal.api.message.LocaleResolver.class,
                        new org.socialplaybook.sandbox.confluence.SandboxLocaleResolver(directory));
        if (jiraUrl != null) {
            get(JiraConnectionStore.class).save(SPACE, jiraUrl, JiraAuth.TOKEN, null, token, "test", START);
        }
    }

    private static java.nio.file.Path temporaryHome() {
        try {
            return java.nio.file.Files.createTempDirectory("feedback-home");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public <T> T get(Class<T> type) {
        return components.get(type);
    }

    public FeedbackStore store() {
        return get(FeedbackStore.class);
    }

    public FollowUpDelivery delivery() {
        return get(FollowUpDelivery.class);
    }

    public JiraStatusSync sync() {
        return get(JiraStatusSync.class);
    }

    public String userKey(String username) {
        return directory.byUsername(username).orElseThrow().key();
    }

    /** A follow-up on board "followups" of page 1401, owned by {@code owner}. */
    public FollowUp followUp(String title, String owner) {
        return store().createFollowUp(new NewFollowUp(SPACE, "followups", 1401, title, "Details of " + title,
                owner == null ? null : userKey(owner), LocalDate.parse("2026-12-01"), userKey("sofia"), null, -1, null), clock.instant());
    }

    /** Puts follow-ups in the outbox for project SOC, as "create in Jira" does before its first attempt. */
    public List<Integer> requestJira(FollowUp... followUps) {
        List<Integer> ids = new ArrayList<>();
        for (FollowUp f : followUps) {
            ids.add(f.id());
        }
        return store().requestJira(ids, SPACE, "followups", "SOC", "Task", List.of("social-playbook"), clock.millis());
    }

    public FollowUp reload(FollowUp f) {
        return store().followUp(f.id()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(PluginDescriptor descriptor) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return entities.toArray(new Class[0]);
    }

    @Override
    public void close() {
        scheduler.close();
        ao.close();
    }
}

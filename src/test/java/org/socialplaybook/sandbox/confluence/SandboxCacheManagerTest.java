package org.socialplaybook.sandbox.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.jira.JiraStatusCache;
import org.socialplaybook.platform.PluginKeys;

/** Cluster-wide caches hold only what survives Java serialisation, as Confluence's Hazelcast-backed caches need. */
public class SandboxCacheManagerTest {
    private final SandboxCacheManager caches = new SandboxCacheManager(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    /** Says Serializable, but a field is not: instanceof would let it through, the cluster would not. */
    record Wrapped(String name, Object payload) implements Serializable {
    }

    private Cache<String, Object> replicated() {
        return caches.getCache("test:replicated", null, new CacheSettingsBuilder()
                .expireAfterWrite(1, TimeUnit.MINUTES).remote().replicateViaCopy().build());
    }

    @Test
    public void aReplicatedCacheRefusesAValueWithAFieldThatDoesNotSerialise() {
        Cache<String, Object> cache = replicated();
        try {
            cache.put("k", new Wrapped("x", new Object()));
            fail("a value that does not serialise");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getCause() instanceof NotSerializableException);
        }
        assertNull("nothing stored", cache.get("k"));
    }

    @Test
    public void aReplicatedCacheRefusesAValueThatIsNotSerializable() {
        Cache<String, Object> cache = replicated();
        try {
            cache.put("k", new Object());
            fail("not Serializable");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("java.lang.Object"));
        }
    }

    @Test
    public void aReplicatedCacheHoldsTheCopyAnotherNodeWouldGet() {
        Cache<String, Object> cache = replicated();
        List<String> value = new ArrayList<>(List.of("a"));
        cache.put("k", value);
        value.add("changed after put");

        assertEquals(List.of("a"), cache.get("k"));
    }

    @Test
    public void aLocalCacheKeepsAnyObjectAsItIs() {
        Cache<String, Object> cache = caches.getCache("test:local", null, new CacheSettings() {
            @Override
            public Long getExpireAfterWrite() {
                return null;
            }

            @Override
            public Boolean getLocal() {
                return true;
            }

            @Override
            public Integer getMaxEntries() {
                return null;
            }

            @Override
            public Boolean getReplicateViaCopy() {
                return null;
            }
        });
        Object value = new Object();
        cache.put("k", value);

        assertSame(value, cache.get("k"));
    }

    /**
     * The plugin's replicated caches (grep getCache: JiraStatusCache and JiraStatusSync's board-synced) with the
     * values they really hold. JiraStatusSyncTest runs the sync itself through this cache manager.
     */
    @Test
    public void everyCachedValueOfThePluginSurvivesReplication() {
        JiraStatusCache statuses = new JiraStatusCache(caches);
        JiraIssue issue = new JiraIssue("SOC-7", "Reply to the press", "In Progress", "indeterminate", "nora",
                "Nora Díaz", null, "https://jira.example.com/browse/SOC-7");
        statuses.put("SOC", issue);
        assertEquals(issue, statuses.get("SOC", "SOC-7"));

        Cache<String, Long> lastSynced = caches.getCache(PluginKeys.PLUGIN_KEY + ":board-synced", null,
                new CacheSettingsBuilder().expireAfterWrite(1, TimeUnit.DAYS).maxEntries(10_000).remote().replicateViaCopy().build());
        lastSynced.put("SOC/followups", 1_772_442_000_000L);
        assertEquals(Long.valueOf(1_772_442_000_000L), lastSynced.get("SOC/followups"));
    }

    @Test
    public void aRemovalFromAClusterWideCacheReachesTheOtherNodeAndALocalCacheStaysOnItsNode() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        List<SandboxCacheManager> nodes = new ArrayList<>();
        // two nodes wired to each other as the shared database's flush table wires them
        nodes.add(new SandboxCacheManager(clock, (cache, key) -> nodes.get(1).removedElsewhere(cache, key)));
        nodes.add(new SandboxCacheManager(clock, (cache, key) -> nodes.get(0).removedElsewhere(cache, key)));
        CacheSettings remote = new CacheSettingsBuilder().remote().replicateViaInvalidation().build();
        CacheSettings local = new CacheSettingsBuilder().local().build();
        for (SandboxCacheManager node : nodes) {
            node.getCache("test:remote", null, remote).put("space-a", "one");
            node.getCache("test:remote", null, remote).put("space-b", "two");
            node.getCache("test:local", null, local).put("space-a", "one");
        }

        nodes.get(0).getCache("test:remote", null, remote).remove("space-a");
        nodes.get(0).getCache("test:local", null, local).remove("space-a");

        assertNull("removed on node 2 too", nodes.get(1).getCache("test:remote", null, remote).get("space-a"));
        assertEquals("the other key stays", "two", nodes.get(1).getCache("test:remote", null, remote).get("space-b"));
        assertEquals("a local cache is the node's own", "one", nodes.get(1).getCache("test:local", null, local).get("space-a"));

        nodes.get(1).getCache("test:remote", null, remote).removeAll();
        assertNull("emptied on node 1 too", nodes.get(0).getCache("test:remote", null, remote).get("space-b"));
    }
}

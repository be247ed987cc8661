package org.socialplaybook.jira;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.TimeUnit;
import org.socialplaybook.platform.PluginKeys;

/**
 * The brief cache of Jira statuses (Atlassian Cache, cluster-wide in Data Center, values serializable): boards
 * read it instead of calling Jira; entries expire after {@value #TTL_SECONDS} seconds.
 */
@Named
public class JiraStatusCache {
    public static final long TTL_SECONDS = 120;
    private final Cache<String, JiraIssue> cache;

    @Inject
    public JiraStatusCache(@ComponentImport CacheManager cacheManager) {
        this.cache = cacheManager.getCache(PluginKeys.PLUGIN_KEY + ":jira-status", null, new CacheSettingsBuilder()
                .expireAfterWrite(TTL_SECONDS, TimeUnit.SECONDS).maxEntries(20_000).remote().replicateViaCopy().build());
    }

    public JiraIssue get(String spaceKey, String issueKey) {
        return cache.get(spaceKey + "/" + issueKey);
    }

    public void put(String spaceKey, JiraIssue issue) {
        cache.put(spaceKey + "/" + issue.key(), issue);
    }

    public void remove(String spaceKey, String issueKey) {
        cache.remove(spaceKey + "/" + issueKey);
    }
}

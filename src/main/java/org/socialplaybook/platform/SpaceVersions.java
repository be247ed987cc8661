package org.socialplaybook.platform;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/**
 * A version token per space for caches of what is worked out from a space's playbook data (the overview's steps, the
 * digest preview): they key their entries by it, and any change that may affect the space gives it a new token, so
 * every entry worked out before is no longer found, on every node. The tokens live in a cluster-wide Atlassian Cache
 * (a removal reaches every node of a Data Center cluster); a token that is missing is made up afresh, so a lost or
 * evicted token only costs a recomputation. Call {@link #changed} after the change has committed.
 */
@Named
public class SpaceVersions {
    private final Cache<String, String> tokens;

    @Inject
    public SpaceVersions(@ComponentImport CacheManager cacheManager) {
        this.tokens = cacheManager.getCache(PluginKeys.PLUGIN_KEY + ":space-versions",
                spaceKey -> UUID.randomUUID().toString(),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(10_000).build());
    }

    /** The space's current token. */
    public String current(String spaceKey) {
        return tokens.get(spaceKey);
    }

    /** Something in the space changed: what was worked out before is stale. */
    public void changed(String spaceKey) {
        tokens.remove(spaceKey);
    }

    /** A change whose space is not known here (a REST write, a job run, a page or user event): every space. */
    public void changedAnywhere() {
        tokens.removeAll();
    }
}

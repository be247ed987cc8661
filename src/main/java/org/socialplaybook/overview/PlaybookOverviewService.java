package org.socialplaybook.overview;

import com.atlassian.cache.CacheManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.KeptValues;
import org.socialplaybook.platform.SpaceVersions;

/**
 * Asks every capability for its steps' status in a space; a step nobody reports on is "not started".
 *
 * <p>The answer is kept (Atlassian Cache, per node) by space version and viewer (what a step counts can depend on
 * the pages the viewer may see): asking all eight capabilities costs some 30 statements, and the overview sits on
 * the space's home page. Any change to the space's playbook data gives the space a new version on every node
 * ({@link SpaceVersions}); what nothing in the plugin hears of (a page restriction, a group's members, the date
 * turning) shows within {@value #TTL_SECONDS} seconds, when the entry expires.
 */
@Named
public class PlaybookOverviewService {
    static final long TTL_SECONDS = 30;

    private final List<StepStatusProvider> providers;
    private final SpaceVersions versions;
    private final CurrentUser currentUser;
    private final KeptValues<List<StepStatus>> steps;

    @Inject
    public PlaybookOverviewService(List<StepStatusProvider> providers, SpaceVersions versions, CurrentUser currentUser,
                                   @ComponentImport CacheManager cacheManager) {
        this.providers = List.copyOf(providers);
        this.versions = versions;
        this.currentUser = currentUser;
        this.steps = KeptValues.local(cacheManager, "overview-steps", TTL_SECONDS, 5_000);
    }

    public PlaybookOverview overview(String spaceKey) {
        String key = versions.current(spaceKey) + "/" + spaceKey + "/" + currentUser.key().orElse("");
        return new PlaybookOverview(spaceKey, steps.get(key, () -> List.copyOf(ask(spaceKey))));
    }

    private List<StepStatus> ask(String spaceKey) {
        Map<PlaybookStep, StepStatus> byStep = new EnumMap<>(PlaybookStep.class);
        for (PlaybookStep step : PlaybookStep.values()) {
            byStep.put(step, StepStatus.notStarted(step));
        }
        for (StepStatusProvider provider : providers) {
            for (StepStatus status : provider.statusFor(spaceKey)) {
                byStep.merge(status.step(), status, StepStatus::merge);
            }
        }
        return new ArrayList<>(byStep.values());
    }
}

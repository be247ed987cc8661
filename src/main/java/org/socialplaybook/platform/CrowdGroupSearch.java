package org.socialplaybook.platform;

import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.builder.QueryBuilder;
import com.atlassian.crowd.search.builder.Restriction;
import com.atlassian.crowd.search.query.entity.restriction.constants.GroupTermKeys;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link GroupSearch} in Confluence: one query to embedded Crowd for the names of groups whose name contains the
 * text (Crowd compares without case), the way Confluence's own group pickers search.
 */
@Named
public class CrowdGroupSearch implements GroupSearch {
    private final CrowdService crowdService;

    @Inject
    public CrowdGroupSearch(@ComponentImport CrowdService crowdService) {
        this.crowdService = crowdService;
    }

    @Override
    public List<String> search(String query, int limit) {
        String text = query == null ? "" : query.trim();
        if (text.isEmpty()) {
            return List.of();
        }
        int max = Math.max(1, Math.min(limit, MAX_RESULTS));
        List<String> found = new ArrayList<>();
        for (String name : crowdService.search(QueryBuilder.queryFor(String.class, EntityDescriptor.group())
                .with(Restriction.on(GroupTermKeys.NAME).containing(text)).returningAtMost(max))) {
            if (found.size() >= max) {
                break;
            }
            found.add(name);
        }
        return found;
    }
}

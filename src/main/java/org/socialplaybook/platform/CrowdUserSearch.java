package org.socialplaybook.platform;

import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.User;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.builder.Combine;
import com.atlassian.crowd.search.builder.QueryBuilder;
import com.atlassian.crowd.search.builder.Restriction;
import com.atlassian.crowd.search.query.entity.EntityQuery;
import com.atlassian.crowd.search.query.entity.restriction.constants.UserTermKeys;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link UserSearch} in Confluence: one query to embedded Crowd (the user directories Confluence is connected to),
 * username starting with or display name containing the text, then each match described through {@link People}.
 */
@Named
public class CrowdUserSearch implements UserSearch {
    private final CrowdService crowdService;
    private final People people;

    @Inject
    public CrowdUserSearch(@ComponentImport CrowdService crowdService, People people) {
        this.crowdService = crowdService;
        this.people = people;
    }

    @Override
    public List<Person> search(String query, int limit) {
        String text = query == null ? "" : query.trim();
        int max = Math.max(1, Math.min(limit, MAX_RESULTS));
        if (text.isEmpty()) {
            return List.of();
        }
        EntityQuery<User> crowdQuery = QueryBuilder.queryFor(User.class, EntityDescriptor.user())
                .with(Combine.anyOf(Restriction.on(UserTermKeys.USERNAME).startingWith(text),
                        Restriction.on(UserTermKeys.DISPLAY_NAME).containing(text)))
                .returningAtMost(max * 2);
        List<Person> found = new ArrayList<>();
        for (User user : crowdService.search(crowdQuery)) {
            if (found.size() >= max) {
                break;
            }
            if (user.isActive()) {
                people.byUsername(user.getName()).ifPresent(found::add);
            }
        }
        return found;
    }
}

package org.socialplaybook.platform;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /groups/search?q=…&limit=…}: the group picker's matches for logged-in users, as Confluence lets anyone
 * with the "can use" permission list groups: names only, never members or their e-mail. Fewer than two characters,
 * or more than 100, answer 400 (the same bounds as the people search).
 */
@LicensedOnly
@Path("/groups/search")
@Produces(MediaType.APPLICATION_JSON)
public class GroupSearchResource {
    /** One match, as the picker shows it. */
    public record GroupMatch(String name) {
    }

    private final GroupSearch groupSearch;
    private final CurrentUser currentUser;

    @Inject
    public GroupSearchResource(GroupSearch groupSearch, CurrentUser currentUser) {
        this.groupSearch = groupSearch;
        this.currentUser = currentUser;
    }

    @GET
    public List<GroupMatch> search(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10") int limit) {
        currentUser.requireKey();
        String text = UserSearchResource.pickerQuery(query, limit, GroupSearch.MAX_RESULTS,
                "social-playbook.groups.search.query-length", "social-playbook.groups.search.limit");
        return groupSearch.search(text, limit).stream().map(GroupMatch::new).toList();
    }
}

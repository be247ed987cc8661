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
 * {@code GET /users/search?q=…&limit=…}: the people picker's matches for logged-in users (key, username, display
 * name, avatar; never e-mail). Fewer than two characters, or more than 100, answer 400.
 */
@LicensedOnly
@Path("/users/search")
@Produces(MediaType.APPLICATION_JSON)
public class UserSearchResource {
    static final int MIN_QUERY = 2;
    static final int MAX_QUERY = 100;

    /** One match, as the picker shows it. */
    public record UserMatch(String key, String username, String displayName, String avatarUrl) {
        static UserMatch of(Person person) {
            return new UserMatch(person.key(), person.username(), person.displayName(), person.avatarUrl());
        }
    }

    private final UserSearch userSearch;
    private final CurrentUser currentUser;

    @Inject
    public UserSearchResource(UserSearch userSearch, CurrentUser currentUser) {
        this.userSearch = userSearch;
        this.currentUser = currentUser;
    }

    @GET
    public List<UserMatch> search(@QueryParam("q") String query, @QueryParam("limit") @DefaultValue("10") int limit) {
        currentUser.requireKey();
        String text = pickerQuery(query, limit, UserSearch.MAX_RESULTS,
                "social-playbook.users.search.query-length", "social-playbook.users.search.limit");
        return userSearch.search(text, limit).stream().map(UserMatch::of).toList();
    }

    /**
     * A picker's search text, trimmed: 400 with {@code lengthKey} when it is shorter than two characters or longer
     * than 100, with {@code limitKey} when the limit is not 1 to {@code maxResults}.
     */
    static String pickerQuery(String query, int limit, int maxResults, String lengthKey, String limitKey) {
        String text = query == null ? "" : query.trim();
        if (text.length() < MIN_QUERY || text.length() > MAX_QUERY) {
            throw PlaybookException.invalidField("q", lengthKey, MIN_QUERY, MAX_QUERY);
        }
        if (limit < 1 || limit > maxResults) {
            throw PlaybookException.invalidField("limit", limitKey, maxResults);
        }
        return text;
    }
}

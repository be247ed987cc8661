package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/** The group picker's search (GET /groups/search) over real Jersey: names only, for logged-in users, bounded. */
public class PeopleSearchRestTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Test
    public void theGroupPickerFindsGroupsByPartOfTheirNameAndNeverListsTheirMembers() {
        HttpResponse<String> response = SANDBOX.get("victor", "/groups/search?q=CARE");

        assertEquals(200, response.statusCode());
        JsonNode found = SandboxRule.json(response);
        assertEquals(1, found.size());
        assertEquals("customer-care", found.get(0).get("name").asText());
        assertEquals(1, found.get(0).size());
        assertFalse(response.body().contains("nora"));
        assertEquals("[]", SANDBOX.get("victor", "/groups/search?q=nothing-like-it").body());
    }

    @Test
    public void aGroupSearchOfOneCharacterOrTooManyResultsIsA400AndAnonymousIsA401() {
        HttpResponse<String> shortQuery = SANDBOX.get("liam", "/groups/search?q=s");
        HttpResponse<String> tooMany = SANDBOX.get("liam", "/groups/search?q=social&limit=21");

        assertEquals(400, shortQuery.statusCode());
        assertEquals("social-playbook.groups.search.query-length", SandboxRule.json(shortQuery).get("key").asText());
        assertEquals("Type from 2 to 100 characters to search for groups.", SandboxRule.json(shortQuery).get("message").asText());
        assertEquals(400, tooMany.statusCode());
        assertEquals("social-playbook.groups.search.limit", SandboxRule.json(tooMany).get("key").asText());
        assertEquals(401, SANDBOX.get(null, "/groups/search?q=social").statusCode());
    }
}

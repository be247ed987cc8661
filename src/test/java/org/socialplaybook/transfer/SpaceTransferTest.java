package org.socialplaybook.transfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.pages.PageStore.StoredPage;
import org.socialplaybook.testing.SandboxRule;

/**
 * A space's playbook data exported as one JSON document and imported into another space key on the embedded
 * database: what the target's pages show, the preview, the refusals with line and field, and who may do it.
 */
public class SpaceTransferTest {
    static final String TARGET = "COPY";
    static final long ROLES_PAGE = 1101;
    static final long GOALS_PAGE = 1501;
    static final long TEAM_PAGE = 1502;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theTargetSpacesPagesShowTheSameMatricesGoalsAndTeamCardAfterARoundTrip() {
        String document = export("sofia", "SOCIAL");
        Map<Long, Long> pages = copyPagesWithoutTheirData();

        JsonNode preview = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview", document));
        HttpResponse<String> imported = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);

        assertTrue(preview.toString(), preview.get("importable").asBoolean());
        assertEquals(preview.toString(), "Social media team", capability(preview, "roles").get("creates").get(0).asText());
        assertEquals(imported.body(), 200, imported.statusCode());
        for (long page : new long[] {ROLES_PAGE, GOALS_PAGE, TEAM_PAGE}) {
            assertEquals("page " + page, visibleText(page), visibleText(pages.get(page)));
        }
    }

    static JsonNode capability(JsonNode preview, String name) {
        for (JsonNode c : preview.get("capabilities")) {
            if (c.get("capability").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no " + name + " in " + preview);
    }

    String export(String user, String space) {
        HttpResponse<String> response = sandbox.get(user, "/spaces/" + space + "/playbook-data");
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    /** Every demo page again under {@link #TARGET}, as a space import would bring them: same titles, no plugin data. */
    Map<Long, Long> copyPagesWithoutTheirData() {
        Map<Long, Long> copies = new HashMap<>();
        for (StoredPage p : sandbox.sandbox().pages().inSpace("SOCIAL")) {
            StoredPage copy = sandbox.sandbox().pages().create(TARGET, p.title(), null, p.storage(), "sofia", Instant.now());
            copies.put(p.id(), copy.id());
        }
        return copies;
    }

    /** What a reader sees in the page's content (the macros' text), ids and links aside. */
    String visibleText(long pageId) {
        return Jsoup.parse(sandbox.viewPage("sofia", pageId)).select("#main-content").text();
    }
}

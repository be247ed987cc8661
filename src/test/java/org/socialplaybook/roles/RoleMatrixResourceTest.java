package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.testing.SandboxRule;

/**
 * The role matrix's REST API as people call it through the sandbox: permissions (view, page edit, the proposer),
 * XSRF, bad input (400, nothing changed), ids of another matrix (404), stale versions (409), translated messages.
 */
public class RoleMatrixResourceTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String TABLE = "<table><tr><th>Activity</th><th>Agent</th><th>Lead</th></tr>"
            + "<tr><td>Reply to DMs</td><td>R</td><td>A</td></tr>"
            + "<tr><td>Run the Q&amp;A</td><td>R</td><td></td></tr></table>";

    /** A fresh matrix on the "Roles & responsibilities" page (liam and nora edit it, victor only views it). */
    private static JsonNode newMatrix() {
        String name = "Test matrix " + NAMES.incrementAndGet();
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(RoleMatrixService.class)
                .open(new MacroPage(1101, "SOCIAL", "Roles & responsibilities", true), name, null, TABLE).matrix().id());
        return SandboxRule.json(SANDBOX.get("liam", "/role-matrices/" + id));
    }

    private static String path(JsonNode m, String rest) {
        return "/role-matrices/" + m.get("id").asInt() + rest;
    }

    private static int role(JsonNode m, String name) {
        for (JsonNode r : m.get("roles")) {
            if (r.get("name").asText().equals(name)) {
                return r.get("id").asInt();
            }
        }
        throw new AssertionError("no role " + name);
    }

    private static int activity(JsonNode m, String name) {
        for (JsonNode a : m.get("activities")) {
            if (a.get("name").asText().equals(name)) {
                return a.get("id").asInt();
            }
        }
        throw new AssertionError("no activity " + name);
    }

    private static String cell(JsonNode m, int roleId, int activityId, String letters, int version) {
        return "{\"roleId\":" + roleId + ",\"activityId\":" + activityId + ",\"letters\":\"" + letters + "\",\"version\":" + version + "}";
    }

    private static JsonNode reload(JsonNode m) {
        return SandboxRule.json(SANDBOX.get("liam", path(m, "")));
    }

    private static List<String> kinds(JsonNode problems) {
        List<String> kinds = new ArrayList<>();
        problems.get("items").forEach(p -> kinds.add(p.get("kind").asText()));
        return kinds;
    }

    // --- reading ---

    @Test
    public void aReaderGetsTheMatrixWithItsProblemsButMayNotEditAndSeesNoEmailAddress() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.get("victor", path(m, ""));

        assertEquals(200, response.statusCode());
        JsonNode body = SandboxRule.json(response);
        assertFalse(body.get("canEdit").asBoolean());
        assertTrue(kinds(body.get("problems")).contains("no-accountable"));
        assertFalse(response.body().contains("@acme.example"));
    }

    @Test
    public void anAnonymousCallerIsRefused() {
        JsonNode m = newMatrix();

        assertEquals(401, SANDBOX.get(null, path(m, "")).statusCode());
    }

    @Test
    public void anUnknownMatrixIsA404InTheCallersLanguage() {
        HttpResponse<String> english = SANDBOX.get("liam", "/role-matrices/987654");
        HttpResponse<String> spanish = SANDBOX.get("nora", "/role-matrices/987654");

        assertEquals(404, english.statusCode());
        assertEquals("Role matrix 987,654 does not exist or you cannot view it.", SandboxRule.json(english).get("message").asText());
        assertTrue(SandboxRule.json(spanish).get("message").asText().startsWith("La matriz de roles"));
    }

    // --- cells, locking ---

    @Test
    public void anEditorSetsACellAndTheProblemsAreCheckedAgain() {
        JsonNode m = newMatrix();
        int version = m.get("version").asInt();

        HttpResponse<String> response = SANDBOX.putJson("liam", path(m, "/cells"),
                cell(m, role(m, "Lead"), activity(m, "Run the Q&A"), "a", version));

        assertEquals(200, response.statusCode());
        JsonNode body = SandboxRule.json(response);
        assertEquals(version + 1, body.get("version").asInt());
        assertEquals("A", body.get("cell").get("l").asText());
        assertFalse(kinds(body.get("problems")).contains("no-accountable"));
        assertFalse(kinds(reload(m).get("problems")).contains("no-accountable"));
    }

    @Test
    public void aStaleEditIsA409NamingWhoChangedItAndNothingIsOverwritten() {
        JsonNode m = newMatrix();
        int version = m.get("version").asInt();
        int lead = role(m, "Lead");
        int qa = activity(m, "Run the Q&A");
        assertEquals(200, SANDBOX.putJson("liam", path(m, "/cells"), cell(m, lead, qa, "A", version)).statusCode());

        HttpResponse<String> stale = SANDBOX.putJson("nora", path(m, "/cells"), cell(m, lead, qa, "C", version));

        assertEquals(409, stale.statusCode());
        assertTrue(SandboxRule.json(stale).get("message").asText().startsWith("Liam Chen cambió esta matriz"));
        JsonNode now = reload(m);
        assertTrue(now.get("cells").toString().contains("{\"r\":" + lead + ",\"a\":" + qa + ",\"l\":\"A\"}"));
    }

    @Test
    public void aVersionTheMatrixNeverHadIsA400NotAConflictAndChangesNothing() {
        JsonNode m = newMatrix();
        int version = m.get("version").asInt();

        for (int never : new int[] {version + 1, 999999, 0, -1}) {
            HttpResponse<String> response = SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\":\"Reviewer\",\"version\":" + never + "}");

            assertEquals(response.body(), 400, response.statusCode());
            assertEquals("social-playbook.error.version-unknown", SandboxRule.json(response).get("key").asText());
            assertEquals("version", SandboxRule.json(response).get("field").asText());
        }
        assertEquals(version, reload(m).get("version").asInt());
        assertFalse(reload(m).get("roles").toString().contains("Reviewer"));
    }

    @Test
    public void unknownLettersAreA400AndChangeNothing() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.putJson("liam", path(m, "/cells"),
                cell(m, role(m, "Lead"), activity(m, "Reply to DMs"), "AX", m.get("version").asInt()));

        assertEquals(400, response.statusCode());
        assertEquals("letters", SandboxRule.json(response).get("field").asText());
        assertEquals(m.get("version").asInt(), reload(m).get("version").asInt());
    }

    @Test
    public void aRoleOrActivityOfAnotherMatrixIsA404() {
        JsonNode m = newMatrix();
        JsonNode other = newMatrix();

        HttpResponse<String> response = SANDBOX.putJson("liam", path(m, "/cells"),
                cell(m, role(other, "Lead"), activity(m, "Reply to DMs"), "A", m.get("version").asInt()));

        assertEquals(404, response.statusCode());
        assertEquals("social-playbook.roles.error.role-not-found", SandboxRule.json(response).get("key").asText());
        assertEquals(404, SANDBOX.delete("liam", path(m, "/activities/" + activity(other, "Reply to DMs") + "?version="
                + m.get("version").asInt())).statusCode());
    }

    @Test
    public void aReaderCannotChangeTheMatrix() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.putJson("victor", path(m, "/cells"),
                cell(m, role(m, "Lead"), activity(m, "Run the Q&A"), "A", m.get("version").asInt()));

        assertEquals(403, response.statusCode());
        assertEquals(m.get("version").asInt(), reload(m).get("version").asInt());
    }

    @Test
    public void aChangeWithoutItsVersionIsA400() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\":\"Brand owner\"}");

        assertEquals(400, response.statusCode());
        assertEquals("version", SandboxRule.json(response).get("field").asText());
    }

    @Test
    public void malformedJsonOrAnUnknownFieldIsA400() {
        JsonNode m = newMatrix();

        assertEquals(400, SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\": ").statusCode());
        assertEquals(400, SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\":\"X\",\"version\":1,\"admin\":true}").statusCode());
        assertEquals(m.get("roles").size(), reload(m).get("roles").size());
    }

    @Test
    public void aBodyAnotherSiteCouldPostWithAPlainFormIsRefusedAndChangesNothing() {
        JsonNode m = newMatrix();
        String body = "{\"name\":\"X\",\"version\":" + m.get("version").asInt() + "}";

        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", path(m, "/roles"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));

            assertTrue(type + " answered " + response.statusCode(), response.statusCode() == 403);
        }
        assertEquals(m.get("roles").size(), reload(m).get("roles").size());
    }

    // --- roles and activities ---

    @Test
    public void rolesAreAddedRenamedReorderedAndRemoved() {
        JsonNode m = newMatrix();

        JsonNode added = SandboxRule.json(SANDBOX.postJson("liam", path(m, "/roles"),
                "{\"name\":\"  Brand   owner \",\"version\":" + m.get("version").asInt() + "}"));
        int brand = role(added, "Brand owner");
        JsonNode renamed = SandboxRule.json(SANDBOX.putJson("liam", path(m, "/roles/" + brand),
                "{\"name\":\"Brand lead\",\"version\":" + added.get("version").asInt() + "}"));
        JsonNode moved = SandboxRule.json(SANDBOX.putJson("liam", path(m, "/roles/order"),
                "{\"ids\":[" + brand + "," + role(m, "Agent") + "," + role(m, "Lead") + "],\"version\":" + renamed.get("version").asInt() + "}"));
        JsonNode removed = SandboxRule.json(SANDBOX.delete("liam", path(m, "/roles/" + role(m, "Agent") + "?version=" + moved.get("version").asInt())));

        assertEquals("Brand lead", moved.get("roles").get(0).get("name").asText());
        assertEquals(List.of("Brand lead", "Lead"), List.of(removed.get("roles").get(0).get("name").asText(),
                removed.get("roles").get(1).get("name").asText()));
        assertFalse(removed.get("cells").toString().contains("\"r\":" + role(m, "Agent") + ","));
    }

    @Test
    public void anEmptyLongOrRepeatedRoleNameIsA400() {
        JsonNode m = newMatrix();
        int v = m.get("version").asInt();

        HttpResponse<String> empty = SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\":\"   \",\"version\":" + v + "}");
        HttpResponse<String> tooLong = SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\":\"" + "x".repeat(101) + "\",\"version\":" + v + "}");
        HttpResponse<String> twice = SANDBOX.postJson("liam", path(m, "/roles"), "{\"name\":\"LEAD\",\"version\":" + v + "}");

        assertEquals(400, empty.statusCode());
        assertEquals(400, tooLong.statusCode());
        assertEquals(400, twice.statusCode());
        assertEquals("There is already a role \"Lead\" in this matrix.", SandboxRule.json(twice).get("message").asText());
        assertEquals(v, reload(m).get("version").asInt());
    }

    @Test
    public void activitiesAreAddedInTheirPhaseChangedAndAnOrderThatMissesOneIsRefused() {
        JsonNode m = newMatrix();

        JsonNode a = SandboxRule.json(SANDBOX.postJson("liam", path(m, "/activities"),
                "{\"name\":\"Plan posts\",\"phase\":\"Plan\",\"version\":" + m.get("version").asInt() + "}"));
        int plan = activity(a, "Plan posts");
        JsonNode b = SandboxRule.json(SANDBOX.putJson("liam", path(m, "/activities/" + plan),
                "{\"name\":\"Plan the posts\",\"phase\":\"Publish\",\"version\":" + a.get("version").asInt() + "}"));
        HttpResponse<String> wrongOrder = SANDBOX.putJson("liam", path(m, "/activities/order"),
                "{\"ids\":[" + plan + "],\"version\":" + b.get("version").asInt() + "}");

        assertEquals("Plan the posts", b.get("activities").get(2).get("name").asText());
        assertEquals("Publish", b.get("activities").get(2).get("phase").asText());
        assertEquals(400, wrongOrder.statusCode());
        assertEquals("ids", SandboxRule.json(wrongOrder).get("field").asText());
    }

    // --- people ---

    @Test
    public void peopleAndADeputyAreAssignedAndAHolderCannotBeTheDeputy() {
        JsonNode m = newMatrix();
        String nora = SANDBOX.userKey("nora");
        int agent = role(m, "Agent");

        JsonNode held = SandboxRule.json(SANDBOX.postJson("liam", path(m, "/roles/" + agent + "/people"),
                "{\"userKey\":\"" + nora + "\",\"version\":" + m.get("version").asInt() + "}"));
        HttpResponse<String> deputyIsHolder = SANDBOX.putJson("liam", path(m, "/roles/" + agent + "/deputy"),
                "{\"userKey\":\"" + nora + "\",\"version\":" + held.get("version").asInt() + "}");
        JsonNode deputy = SandboxRule.json(SANDBOX.putJson("liam", path(m, "/roles/" + agent + "/deputy"),
                "{\"userKey\":\"" + SANDBOX.userKey("marco") + "\",\"version\":" + held.get("version").asInt() + "}"));
        HttpResponse<String> unknown = SANDBOX.postJson("liam", path(m, "/roles/" + agent + "/people"),
                "{\"userKey\":\"nobody\",\"version\":" + deputy.get("version").asInt() + "}");

        assertEquals("Nora Giménez", held.get("roles").get(0).get("holders").get(0).get("name").asText());
        assertEquals(400, deputyIsHolder.statusCode());
        assertEquals("Marco Rossi", deputy.get("roles").get(0).get("deputy").get("name").asText());
        assertEquals(400, unknown.statusCode());
        assertEquals("userKey", SandboxRule.json(unknown).get("field").asText());
        JsonNode removed = SandboxRule.json(SANDBOX.delete("liam", path(m, "/roles/" + agent + "/people/" + nora
                + "?version=" + deputy.get("version").asInt())));
        assertEquals(0, removed.get("roles").get(0).get("holders").size());
    }

    // --- "I'll own this" ---

    @Test
    public void aReaderOffersToOwnAnActivityAndAnEditorAcceptsItMakingThemAccountable() {
        JsonNode m = newMatrix();
        int qa = activity(m, "Run the Q&A");

        HttpResponse<String> offered = SANDBOX.postJson("victor", path(m, "/proposals"), "{\"activityId\":" + qa + "}");
        HttpResponse<String> again = SANDBOX.postJson("victor", path(m, "/proposals"), "{\"activityId\":" + qa + "}");
        JsonNode offer = SandboxRule.json(offered).get("offers").get(0);
        HttpResponse<String> accepted = SANDBOX.postJson("liam", path(m, "/proposals/" + offer.get("id").asInt() + "/accept"),
                "{\"roleId\":" + role(m, "Lead") + ",\"version\":" + m.get("version").asInt() + "}");

        assertEquals(200, offered.statusCode());
        assertEquals("Victor Okafor", offer.get("person").get("name").asText());
        assertEquals(409, again.statusCode());
        assertEquals(200, accepted.statusCode());
        JsonNode now = SandboxRule.json(accepted);
        assertEquals(0, now.get("offers").size());
        assertTrue(now.get("cells").toString().contains("{\"r\":" + role(m, "Lead") + ",\"a\":" + qa + ",\"l\":\"A\"}"));
        assertTrue(now.get("roles").get(1).get("holders").toString().contains("Victor Okafor"));
    }

    @Test
    public void aViewOnlyReaderSeesTheirOwnOfferButNotWhoElseOfferedToOwnAnActivity() {
        JsonNode m = newMatrix();
        int qa = activity(m, "Run the Q&A");
        assertEquals(200, SANDBOX.postJson("marco", path(m, "/proposals"), "{\"activityId\":" + qa + "}").statusCode());
        assertEquals(200, SANDBOX.postJson("victor", path(m, "/proposals"), "{\"activityId\":" + qa + "}").statusCode());

        JsonNode victor = SandboxRule.json(SANDBOX.get("victor", path(m, "")));
        JsonNode liam = reload(m);
        String victorDemo = SANDBOX.viewPage("victor", 1101);
        String liamDemo = SANDBOX.viewPage("liam", 1101);

        assertEquals(victor.get("offers").toString(), 1, victor.get("offers").size());
        assertEquals("Victor Okafor", victor.get("offers").get(0).get("person").get("name").asText());
        assertTrue(victor.get("offers").get(0).get("mine").asBoolean());
        assertFalse("victor does not learn that Marco offered", victor.get("offers").toString().contains("Marco Rossi"));
        assertTrue("the demo's offer (Marco's) is in an editor's page state", liamDemo.contains("&quot;offers&quot;:[{&quot;id&quot;:"));
        assertTrue("and none in victor's, nor its count", victorDemo.contains("&quot;offers&quot;:[]")
                && !victorDemo.contains("sp-raci-offer-count"));
        assertEquals("an editor sees both offers", 2, liam.get("offers").size());
    }

    @Test
    public void onlyTheProposerWithdrawsAnOfferAndAnOwnedActivityTakesNoOffers() {
        JsonNode m = newMatrix();
        int qa = activity(m, "Run the Q&A");
        JsonNode offer = SandboxRule.json(SANDBOX.postJson("victor", path(m, "/proposals"), "{\"activityId\":" + qa + "}"))
                .get("offers").get(0);

        HttpResponse<String> byOther = SANDBOX.delete("liam", path(m, "/proposals/" + offer.get("id").asInt()));
        HttpResponse<String> byProposer = SANDBOX.delete("victor", path(m, "/proposals/" + offer.get("id").asInt()));
        HttpResponse<String> owned = SANDBOX.postJson("victor", path(m, "/proposals"),
                "{\"activityId\":" + activity(m, "Reply to DMs") + "}");
        HttpResponse<String> declineByReader = SANDBOX.postJson("victor", path(m, "/proposals/" + offer.get("id").asInt() + "/decline"), "{}");

        assertEquals(403, byOther.statusCode());
        assertEquals(200, byProposer.statusCode());
        assertEquals(0, SandboxRule.json(byProposer).get("offers").size());
        assertEquals(409, owned.statusCode());
        assertEquals(403, declineByReader.statusCode());
    }

    // --- CSV ---

    @Test
    public void theMatrixIsExportedAsCsv() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.get("victor", path(m, "/export.csv"));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(response.body().contains("Phase,Activity,Agent,Lead"));
        assertTrue(response.body().contains("Reply to DMs,R,A"));
    }

    @Test
    public void anImportPreviewReportsEachBadLineAndAFileWithErrorsChangesNothing() {
        JsonNode m = newMatrix();
        String csv = "Phase,Activity,Agent,Lead,Brand owner\\nPlan,Post,R,A,\\nPlan,,R,,\\nPlan,Review,Q,A,I\\n";

        JsonNode preview = SandboxRule.json(SANDBOX.postJson("liam", path(m, "/import/preview"), "{\"csv\":\"" + csv + "\"}"));
        HttpResponse<String> apply = SANDBOX.postJson("liam", path(m, "/import"),
                "{\"csv\":\"" + csv + "\",\"version\":" + m.get("version").asInt() + "}");

        assertEquals(2, preview.get("errors").size());
        assertEquals(3, preview.get("errors").get(0).get("line").asInt());
        assertTrue(preview.get("errors").get(1).get("message").asText().startsWith("Line 4: in the column \"Agent\""));
        assertTrue(preview.get("roles").get(2).get("added").asBoolean());
        assertEquals(400, apply.statusCode());
        assertEquals(m.get("activities").size(), reload(m).get("activities").size());
    }

    @Test
    public void aGoodImportReplacesTheActivitiesKeepsRolesAndAddsNewOnes() {
        JsonNode m = newMatrix();
        String csv = "Phase,Activity,lead,Brand owner\\nPlan,Set goals,R,A\\nPublish,Post,A/R,\\n";

        JsonNode after = SandboxRule.json(SANDBOX.postJson("liam", path(m, "/import"),
                "{\"csv\":\"" + csv + "\",\"version\":" + m.get("version").asInt() + "}"));

        assertEquals(List.of("Set goals", "Post"), List.of(after.get("activities").get(0).get("name").asText(),
                after.get("activities").get(1).get("name").asText()));
        assertEquals(3, after.get("roles").size());
        assertEquals(role(m, "Lead"), role(after, "Lead"));
        assertEquals("Plan", after.get("activities").get(0).get("phase").asText());
    }

    // --- the people picker ---

    @Test
    public void thePeoplePickerFindsUsersByNameWithoutAccentsAndNeverShowsTheirEmail() {
        HttpResponse<String> response = SANDBOX.get("liam", "/users/search?q=gimenez");

        assertEquals(200, response.statusCode());
        JsonNode found = SandboxRule.json(response);
        assertEquals(1, found.size());
        assertEquals("Nora Giménez", found.get(0).get("displayName").asText());
        assertEquals(SANDBOX.userKey("nora"), found.get(0).get("key").asText());
        assertFalse(response.body().contains("@"));
        assertEquals(400, SANDBOX.get("liam", "/users/search?q=n").statusCode());
        assertEquals(401, SANDBOX.get(null, "/users/search?q=nora").statusCode());
    }
}

package org.socialplaybook.team;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackService;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.testing.SandboxRule;

/**
 * The team card's REST API and page as people use them through the sandbox: members from the role matrix or chosen,
 * channels checked, permissions, XSRF, 400/404/409, and requests that become follow-ups on the feedback board
 * (once per form, owned by the triage person, due by urgency) whose state the requester sees.
 */
public class TeamCardResourceTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final long PAGE = 1502;
    private static final String BOARD = "/feedback/pages/1401/boards/followups";
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** A fresh card on "Meet the social team" (liam, nora and marco edit it, victor only views it). */
    private static JsonNode newCard(String matrix) {
        String name = "Test team " + NAMES.incrementAndGet();
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(TeamCardService.class)
                .open(new MacroPage(PAGE, "SOCIAL", "Meet the social team", true), name, matrix, "followups").card().id());
        return SandboxRule.json(SANDBOX.get("liam", "/team-cards/" + id));
    }

    private static String path(JsonNode card, String rest) {
        return "/team-cards/" + card.get("id").asInt() + rest;
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return SandboxRule.json(response);
    }

    private static String request(String token, String topic, String text, String urgency) {
        return "{\"token\":\"" + token + "\",\"topic\":\"" + topic + "\",\"text\":\"" + text + "\",\"urgency\":\"" + urgency + "\"}";
    }

    private static JsonNode boardFollowUp(String titleStart) {
        for (JsonNode f : SandboxRule.json(SANDBOX.get("sofia", BOARD)).get("board").get("followUps")) {
            if (f.get("title").asText().startsWith(titleStart)) {
                return f;
            }
        }
        return null;
    }

    // --- the card ---

    @Test
    public void membersAndTheirRolesComeFromTheRoleMatrixAndAReaderMayNotChangeTheCard() {
        JsonNode card = newCard("Social media team");

        JsonNode asVictor = ok(SANDBOX.get("victor", path(card, "")), 200);
        JsonNode refused = ok(SANDBOX.putJson("victor", path(card, "/settings"), "{\"mission\":\"Hijacked\",\"version\":" + card.get("version") + "}"), 403);
        JsonNode byHand = ok(SANDBOX.postJson("liam", path(card, "/members"), "{\"userKey\":\"" + SANDBOX.userKey("victor")
                + "\",\"version\":" + card.get("version") + "}"), 400);

        JsonNode victor = null;
        for (JsonNode m : asVictor.get("members")) {
            if (m.get("person").get("name").asText().equals("Victor Okafor")) {
                victor = m;
            }
        }
        assertEquals("[\"Sales liaison\"]", victor.get("roles").toString());
        assertFalse(asVictor.get("canEdit").asBoolean());
        assertEquals("social-playbook.error.edit-required", refused.get("key").asText());
        assertEquals("social-playbook.team.error.members-from-matrix", byHand.get("key").asText());
        assertFalse("never an e-mail address of a person", SANDBOX.get("victor", path(card, "")).body().contains("@acme.example"));
        assertEquals(401, SANDBOX.get(null, path(card, "")).statusCode());
    }

    @Test
    public void aDeputyIsShownAsTheRolesDeputyNotAsAHolderInTheReadersLanguage() {
        JsonNode card = newCard("Social media team");

        JsonNode marco = null;
        for (JsonNode m : card.get("members")) {
            if (m.get("person").get("name").asText().equals("Marco Rossi")) {
                marco = m;
            }
        }
        String english = ok(SANDBOX.get("victor", path(card, "/fragment")), 200).get("html").asText();
        String spanish = ok(SANDBOX.get("nora", path(card, "/fragment")), 200).get("html").asText();

        assertEquals("[\"Content lead\"]", marco.get("roles").toString());
        assertEquals("[\"Brand owner\"]", marco.get("deputyFor").toString());
        int start = english.indexOf("data-user=\"" + SANDBOX.userKey("marco") + "\"");
        String marcoHtml = english.substring(start, english.indexOf("</li>", start));
        assertTrue(marcoHtml, marcoHtml.contains("<span class=\"aui-lozenge aui-lozenge-subtle\">Content lead</span>"));
        assertTrue(marcoHtml, marcoHtml.contains("<span class=\"sp-team-member-deputy\">Brand owner (deputy)</span>"));
        assertFalse("not a holder's lozenge", marcoHtml.contains(">Brand owner</span>"));
        assertTrue(spanish.contains("Customer care agent (suplente)"));
    }

    @Test
    public void aCardNamingAnUnknownRoleMatrixSaysSoInsteadOfShowingNobody() {
        JsonNode card = newCard("Marketing matrix");

        String html = ok(SANDBOX.get("nora", path(card, "/fragment")), 200).get("html").asText();

        assertFalse(card.get("matrixExists").asBoolean());
        assertEquals(0, card.get("members").size());
        assertTrue(html.contains("No hay ninguna matriz de roles llamada &quot;Marketing matrix&quot; en este espacio"));
    }

    @Test
    public void withoutAMatrixEditorsChooseTheMembers() {
        JsonNode card = newCard(null);

        card = ok(SANDBOX.postJson("liam", path(card, "/members"), "{\"userKey\":\"" + SANDBOX.userKey("nora")
                + "\",\"role\":\"Community manager, Spanish channels\",\"version\":" + card.get("version") + "}"), 200);
        JsonNode twice = ok(SANDBOX.postJson("liam", path(card, "/members"), "{\"userKey\":\"" + SANDBOX.userKey("nora")
                + "\",\"version\":" + card.get("version") + "}"), 400);
        JsonNode unknown = ok(SANDBOX.postJson("liam", path(card, "/members"), "{\"userKey\":\"nobody\",\"version\":" + card.get("version") + "}"), 400);

        assertEquals("Nora Giménez", card.get("members").get(0).get("person").get("name").asText());
        assertEquals("Community manager, Spanish channels", card.get("members").get(0).get("note").asText());
        assertEquals("Nora Giménez is already on the team.", twice.get("message").asText());
        assertEquals("userKey", unknown.get("field").asText());
        JsonNode removed = ok(SANDBOX.delete("liam", path(card, "/members/" + SANDBOX.userKey("nora") + "?version=" + card.get("version"))), 200);
        assertEquals(0, removed.get("members").size());
    }

    @Test
    public void channelsAreCheckedAndBecomeSafeLinks() {
        JsonNode card = newCard(null);
        int v = card.get("version").asInt();

        JsonNode script = ok(SANDBOX.postJson("nora", path(card, "/channels"), "{\"kind\":\"WEB\",\"label\":\"Click\",\"address\":\"javascript:alert(1)\",\"version\":" + v + "}"), 400);
        JsonNode credentials = ok(SANDBOX.postJson("liam", path(card, "/channels"), "{\"kind\":\"CHAT\",\"address\":\"https://bot:s3cret@chat.acme.example/x\",\"version\":" + v + "}"), 400);
        JsonNode kind = ok(SANDBOX.postJson("liam", path(card, "/channels"), "{\"kind\":\"PIGEON\",\"address\":\"https://x.com\",\"version\":" + v + "}"), 400);
        card = ok(SANDBOX.postJson("liam", path(card, "/channels"), "{\"kind\":\"EMAIL\",\"address\":\"social@acme.example\",\"version\":" + v + "}"), 200);
        card = ok(SANDBOX.postJson("liam", path(card, "/channels"), "{\"kind\":\"SOCIAL\",\"label\":\"@acme on X\",\"address\":\"https://x.com/acme\",\"version\":"
                + card.get("version") + "}"), 200);

        assertEquals("Indica una dirección web que empiece por https:// (o http://), sin usuario ni contraseña.", script.get("message").asText());
        assertEquals("address", credentials.get("field").asText());
        assertEquals("social-playbook.team.error.channel-kind", kind.get("key").asText());
        assertEquals("mailto:social@acme.example", card.get("channels").get(0).get("href").asText());
        assertEquals("https://x.com/acme", card.get("channels").get(1).get("href").asText());
        String html = ok(SANDBOX.get("victor", path(card, "/fragment")), 200).get("html").asText();
        assertTrue(html.contains("href=\"https://x.com/acme\" target=\"_blank\" rel=\"noopener noreferrer nofollow\""));
        assertFalse(html.contains("javascript:"));
    }

    @Test
    public void aVersionTheCardNeverHadIsA400NotAConflictAndSavesNothing() {
        JsonNode card = newCard("Social media team");
        int v = card.get("version").asInt();

        JsonNode ahead = ok(SANDBOX.putJson("marco", path(card, "/settings"), "{\"mission\":\"Overwritten\",\"version\":" + (v + 5) + "}"), 400);
        JsonNode zero = ok(SANDBOX.putJson("marco", path(card, "/settings"), "{\"mission\":\"Overwritten\",\"version\":0}"), 400);

        assertEquals("social-playbook.error.version-unknown", ahead.get("key").asText());
        assertEquals("social-playbook.error.version-unknown", zero.get("key").asText());
        assertFalse(ok(SANDBOX.get("victor", path(card, "")), 200).toString().contains("Overwritten"));
    }

    @Test
    public void settingsAreSavedOnceAndAStaleEditorIsToldWhoChangedThem() {
        JsonNode card = newCard("Social media team");
        int v = card.get("version").asInt();

        ok(SANDBOX.putJson("marco", path(card, "/settings"), "{\"mission\":\"We are Acme's voice.\",\"hours\":\"8-20 CET\","
                + "\"responsePromise\":\"Within a day\",\"triageKey\":\"" + SANDBOX.userKey("liam") + "\",\"version\":" + v + "}"), 200);
        JsonNode stale = ok(SANDBOX.putJson("liam", path(card, "/settings"), "{\"mission\":\"Overwritten\",\"version\":" + v + "}"), 409);
        JsonNode tooLong = ok(SANDBOX.putJson("liam", path(card, "/settings"), "{\"mission\":\"" + "x".repeat(301) + "\",\"version\":" + (v + 1) + "}"), 400);

        assertEquals("Marco Rossi changed this card while you were working. Reload to see their change; yours was not saved.", stale.get("message").asText());
        assertEquals("mission", tooLong.get("field").asText());
        JsonNode now = ok(SANDBOX.get("victor", path(card, "")), 200);
        assertEquals("We are Acme's voice.", now.get("mission").asText());
        assertEquals("Liam Chen", now.get("triage").get("name").asText());
    }

    @Test
    public void aFormTypeBodyIsNeverAcceptedAsARequest() {
        JsonNode card = newCard(null);
        String body = request(UUID.randomUUID().toString(), "Forged", "Forged", "HIGH");

        for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
            HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("victor", path(card, "/requests"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
            assertTrue(type + " answered " + response.statusCode(), response.statusCode() == 403);
        }
        assertEquals(0, ok(SANDBOX.get("victor", path(card, "/requests/mine")), 200).size());
    }

    // --- requests ---

    @Test
    public void aRequestBecomesAFollowUpOnTheBoardOwnedByTheTriagePersonAndDueByUrgency() {
        JsonNode card = newCard("Social media team");
        ok(SANDBOX.putJson("liam", path(card, "/settings"), "{\"triageKey\":\"" + SANDBOX.userKey("nora") + "\",\"version\":" + card.get("version") + "}"), 200);

        JsonNode sent = ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(),
                "Hotel chain asks for bulk prices", "A purchasing manager commented on LinkedIn.\\n\\nPlease reply publicly.", "HIGH")), 200);

        JsonNode f = boardFollowUp("Hotel chain asks for bulk prices");
        assertEquals(sent.get("followUpId").asInt(), f.get("id").asInt());
        assertEquals("Nora Giménez", f.get("ownerName").asText());
        assertTrue(f.get("description").asText().contains("Sent by Victor Okafor through the team card of " + card.get("name").asText() + ". Urgency: Urgent."));
        assertEquals("Victor Okafor", f.get("author").asText());
        FollowUp stored = SANDBOX.sandbox().components().get(FeedbackStore.class).followUp(f.get("id").asInt()).orElseThrow();
        assertEquals(LocalDate.now(ZoneOffset.UTC).plusDays(1), stored.due());
        assertEquals("open", sent.get("mine").get(0).get("state").asText());
    }

    @Test
    public void sendingTheSameFormTwiceFilesOneRequest() {
        JsonNode card = newCard(null);
        String token = UUID.randomUUID().toString();
        String body = request(token, "Double click " + token.substring(0, 8), "Sent twice by accident.", "NORMAL");

        JsonNode first = ok(SANDBOX.postJson("marco", path(card, "/requests"), body), 200);
        JsonNode second = ok(SANDBOX.postJson("marco", path(card, "/requests"), body), 200);
        JsonNode someoneElse = ok(SANDBOX.postJson("victor", path(card, "/requests"), body), 400);

        assertEquals(first.get("id").asInt(), second.get("id").asInt());
        assertEquals(first.get("followUpId").asInt(), second.get("followUpId").asInt());
        assertEquals(1, second.get("mine").size());
        assertEquals("token", someoneElse.get("field").asText());
        int copies = 0;
        for (JsonNode f : SandboxRule.json(SANDBOX.get("sofia", BOARD)).get("board").get("followUps")) {
            copies += f.get("title").asText().startsWith("Double click " + token.substring(0, 8)) ? 1 : 0;
        }
        assertEquals(1, copies);
    }

    @Test
    public void requestersSeeOnlyTheirOwnRequestsAndWhereEachStands() {
        JsonNode card = newCard(null);
        JsonNode victors = ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(),
                "Victor's question", "Is the price list public?", "LOW")), 200);
        ok(SANDBOX.postJson("marco", path(card, "/requests"), request(UUID.randomUUID().toString(), "Marco's idea", "Post the store opening.", "NORMAL")), 200);
        FollowUp followUp = SANDBOX.sandbox().components().get(FeedbackStore.class).followUp(victors.get("followUpId").asInt()).orElseThrow();
        SANDBOX.sandbox().as("sofia", () -> SANDBOX.sandbox().components().get(FeedbackService.class)
                .setDone(1401, "followups", followUp.id(), true, followUp.version()));

        JsonNode mine = ok(SANDBOX.get("victor", path(card, "/requests/mine")), 200);
        String html = ok(SANDBOX.get("victor", path(card, "/fragment")), 200).get("html").asText();

        assertEquals(1, mine.size());
        assertEquals("Victor's question", mine.get(0).get("topic").asText());
        assertEquals("done", mine.get(0).get("state").asText());
        assertTrue(html.contains("Victor&#39;s question"));
        assertFalse(html.contains("Marco&#39;s idea"));
        assertTrue(html.contains(">Done</span>"));
    }

    @Test
    public void badRequestsAreRefusedWithTheFieldAndFileNothing() {
        JsonNode card = newCard(null);

        JsonNode noTopic = ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(), " ", "Text", "LOW")), 400);
        JsonNode longText = ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(), "Topic", "x".repeat(2001), "LOW")), 400);
        JsonNode urgency = ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(), "Topic", "Text", "YESTERDAY")), 400);
        JsonNode token = ok(SANDBOX.postJson("victor", path(card, "/requests"), request("x", "Topic", "Text", "LOW")), 400);

        assertEquals("topic", noTopic.get("field").asText());
        assertEquals("At most 2,000 characters.", longText.get("message").asText());
        assertEquals("urgency", urgency.get("field").asText());
        assertEquals("token", token.get("field").asText());
        assertEquals(0, ok(SANDBOX.get("victor", path(card, "/requests/mine")), 200).size());
        assertEquals(404, SANDBOX.postJson("victor", "/team-cards/987654/requests", request(UUID.randomUUID().toString(), "T", "T", "LOW")).statusCode());
    }

    @Test
    public void onePersonCanSendOnlySoManyRequestsADayThroughOneCard() {
        JsonNode card = newCard(null);
        for (int i = 0; i < TeamRules.MAX_REQUESTS_PER_DAY; i++) {
            ok(SANDBOX.postJson("marco", path(card, "/requests"), request(UUID.randomUUID().toString(), "Flood " + i, "Text", "LOW")), 200);
        }

        JsonNode refused = ok(SANDBOX.postJson("marco", path(card, "/requests"), request(UUID.randomUUID().toString(), "One more", "Text", "LOW")), 400);

        assertEquals("social-playbook.team.error.too-many-requests", refused.get("key").asText());
        assertNull(boardFollowUp("One more"));
        ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(), "Someone else", "Text", "LOW")), 200);
    }

    @Test
    public void whatPeopleTypeIsEscapedOnTheCard() {
        JsonNode card = newCard(null);
        ok(SANDBOX.putJson("liam", path(card, "/settings"), "{\"mission\":\"<img src=x onerror=alert(1)>\",\"version\":" + card.get("version") + "}"), 200);
        ok(SANDBOX.postJson("victor", path(card, "/requests"), request(UUID.randomUUID().toString(), "<script>alert(2)</script>", "x", "LOW")), 200);

        String html = ok(SANDBOX.get("victor", path(card, "/fragment")), 200).get("html").asText();

        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<script>alert(2)"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
    }

    @Test
    public void theDemoCardShowsTheTeamItsChannelsAndTheFormToEveryone() {
        String victor = SANDBOX.viewPage("victor", PAGE);
        String nora = SANDBOX.viewPage("nora", PAGE);

        assertTrue(victor.contains("We are Acme&#39;s voice on social media"));
        assertTrue(victor.contains("href=\"mailto:social@acme.example\""));
        assertTrue(victor.contains("sp-team-request-form"));
        assertTrue("Victor sees his answered demo request", victor.contains("A customer asks about bulk pricing on LinkedIn"));
        assertFalse(victor.contains("sp-team-edit-toggle"));
        assertTrue(nora.contains("Cómo contactarnos"));
        assertTrue(nora.contains("sp-team-edit-toggle"));
    }

    @Test
    public void theOverviewShowsStepsTwoAndSixFromTheDemoGoalsAndCard() {
        JsonNode overview = ok(SANDBOX.get("victor", "/spaces/SOCIAL/overview"), 200);

        List<String> states = new ArrayList<>();
        for (JsonNode s : overview.get("steps")) {
            if (s.get("step").asText().equals("CREATE_CONTEXT") || s.get("step").asText().equals("PROMOTE_TEAM")) {
                states.add(s.get("step").asText() + "=" + s.get("state").asText());
            }
        }
        assertEquals(List.of("CREATE_CONTEXT=STARTED", "PROMOTE_TEAM=IN_PLACE"), states);
    }
}

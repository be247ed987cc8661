package org.socialplaybook.myplaybook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackService;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.feedback.NewFollowUp;
import org.socialplaybook.goals.GoalRequests;
import org.socialplaybook.goals.GoalService;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.TeamRequestService;
import org.socialplaybook.team.TeamRequests;
import org.socialplaybook.team.TeamStore;
import org.socialplaybook.testing.SandboxRule;

/**
 * "My playbook" through the sandbox (real stores, permissions, Velocity, the plugin page in the page layout): Nora
 * (Spanish) sees what waits for her in the demo space and in the Customer Care space, most urgent first, acts on it
 * from there, sees the objectives she contributes to and the requests she sent, and nobody sees items of a space
 * they cannot view.
 */
public class MyPlaybookTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();
    private static final String PAGE = "/plugins/servlet/my-playbook";
    private static final String CARE_GUIDELINE = "The first reply within one hour";
    private static final String CARE_MODULE = "Handling complaints on social (Care agent onboarding)";

    private static Document page(String user) {
        HttpResponse<String> response = SANDBOX.send(SANDBOX.page(user, PAGE).GET());
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    private static Element row(Document page, String title) {
        for (Element row : page.select("tr.sp-my-playbook-row")) {
            if (row.child(0).text().equals(title)) {
                return row;
            }
        }
        return null;
    }

    @Test
    public void noraSeesItemsOfBothSpacesInSpanishInThePageLayoutMostUrgentFirst() {
        Document page = page("nora");

        assertEquals("Mi playbook", page.selectFirst("#sp-my-playbook-title").text());
        assertNotNull("the user-menu link", page.selectFirst("a#social-playbook-my-playbook"));
        assertNotNull("inside the sandbox's page layout", page.selectFirst("#footer"));
        Element guideline = row(page, CARE_GUIDELINE);
        assertNotNull(guideline);
        assertEquals("Customer Care", guideline.selectFirst(".sp-my-playbook-space").text());
        assertTrue(guideline.hasClass("sp-overdue"));
        assertEquals("He leído y acepto", guideline.selectFirst("button.sp-my-playbook-action").text());
        assertEquals("/pages/viewpage.action?pageId=2001", guideline.selectFirst("a").attr("href").replaceFirst("^/confluence", ""));
        Element module = row(page, CARE_MODULE);
        assertNotNull(module);
        assertEquals("Marcar como hecho", module.selectFirst("button.sp-my-playbook-action").text());
        assertTrue("items of the demo space too", page.select(".sp-my-playbook-space").stream()
                .anyMatch(e -> e.text().equals("Social Media Team")));
        List<Boolean> overdue = page.select("tr.sp-my-playbook-row").stream().map(r -> r.hasClass("sp-overdue")).toList();
        assertEquals("overdue rows come first", overdue.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), overdue);
        int total = page.select("tr.sp-my-playbook-row").size();
        int counted = page.select(".sp-my-playbook-counts li").stream().mapToInt(li -> Integer.parseInt(li.attr("data-count"))).sum();
        assertEquals(total, counted);
        Element roles = page.selectFirst("ul.sp-my-playbook-roles");
        assertNotNull("her roles in the demo space's role matrix", roles);
        assertTrue(roles.text(), roles.text().startsWith("Social media team (Social Media Team): "));
        assertTrue(roles.text(), roles.text().contains("Customer care agent"));
    }

    @Test
    public void eachPersonSeesTheirOwnRolesOnly() {
        Document page = page("victor");

        assertEquals("Social media team (Social Media Team): Sales liaison",
                page.selectFirst("ul.sp-my-playbook-roles").text());
    }

    @Test
    public void acknowledgingAndMarkingDoneFromMyPlaybookTakesTheItemsOff() {
        Element ack = row(page("nora"), CARE_GUIDELINE).selectFirst("button.sp-my-playbook-action");
        Element done = row(page("nora"), CARE_MODULE).selectFirst("button.sp-my-playbook-action");

        HttpResponse<String> acknowledged = SANDBOX.postJson("nora", ack.attr("data-path"), ack.attr("data-body"));
        HttpResponse<String> completed = SANDBOX.putJson("nora", done.attr("data-path"), done.attr("data-body"));

        assertEquals(acknowledged.body(), 200, acknowledged.statusCode());
        assertEquals(completed.body(), 200, completed.statusCode());
        Document after = page("nora");
        assertNull(row(after, CARE_GUIDELINE));
        assertNull(row(after, CARE_MODULE));
        assertTrue(SANDBOX.viewPage("nora", 2001).contains("sp-guideline"));
    }

    @Test
    public void aFollowUpInASpaceTheOwnerCannotViewIsNotShownToThem() {
        FeedbackStore feedback = SANDBOX.sandbox().components().get(FeedbackStore.class);
        feedback.createFollowUp(new NewFollowUp("CARE", "care-board", 2001, "Call back the angry customer", null,
                SANDBOX.userKey("marco"), LocalDate.now().plusDays(2), SANDBOX.userKey("sofia"), null, -1, null), Instant.now());
        feedback.createFollowUp(new NewFollowUp("CARE", "care-board", 2001, "Write the macro for refunds", null,
                SANDBOX.userKey("nora"), LocalDate.now().minusDays(1), SANDBOX.userKey("sofia"), null, -1, null), Instant.now());

        Document marco = page("marco");
        Document nora = page("nora");

        assertNull("Marco has no view permission on Customer Care", row(marco, "Call back the angry customer"));
        Element own = row(nora, "Write the macro for refunds");
        assertNotNull(own);
        assertTrue(own.hasClass("sp-overdue"));
        assertEquals("no in-place action for a follow-up", 0, own.select("button").size());
    }

    @Test
    public void anonymousVisitorsAreSentToLogInAndBack() {
        HttpResponse<String> response = SANDBOX.send(SANDBOX.page(null, PAGE).GET());

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location, location.endsWith("/sandbox/login?os_destination=%2Fplugins%2Fservlet%2Fmy-playbook"));
    }

    @Test
    public void theMacroShowsTheSameSectionOnAPage() {
        long id = SANDBOX.sandbox().pages().create("SOCIAL", "Mine everywhere", null,
                "<ac:structured-macro ac:name=\"my-playbook\" ac:schema-version=\"1\"/>", "nora", Instant.now()).id();

        Document page = Jsoup.parse(SANDBOX.viewPage("nora", id));
        Document victor = Jsoup.parse(SANDBOX.viewPage("victor", id));

        assertNotNull(page.selectFirst("section.sp-my-playbook"));
        assertTrue(page.select(".sp-my-playbook-space").stream().anyMatch(e -> e.text().equals("Customer Care")));
        assertFalse(victor.select(".sp-my-playbook-space").stream().anyMatch(e -> e.text().equals("Customer Care")));
    }

    @Test
    public void noraSeesTheObjectivesSheContributesToInSpanishMostPressingFirst() {
        List<Element> rows = page("nora").select("tr.sp-my-playbook-objective");

        List<String> titles = rows.stream().map(r -> r.child(0).selectFirst("a").text()).toList();
        assertTrue(titles.toString(), titles.size() >= 3);
        Element atRisk = rows.get(0);
        assertEquals("Conversations solved without a phone call", titles.get(0));
        assertEquals("Be where our customers ask for help", atRisk.child(1).text());
        assertEquals("Social Media Team", atRisk.selectFirst(".sp-my-playbook-space").text());
        assertEquals("En riesgo", atRisk.selectFirst(".aui-lozenge").text());
        assertTrue(atRisk.selectFirst(".aui-lozenge").hasClass("aui-lozenge-moved"));
        assertEquals("Como Customer care agent:", atRisk.selectFirst(".sp-my-playbook-via").text());
        assertTrue(atRisk.child(4).text(), atRisk.child(4).text().endsWith("order status, returns and refunds, step by step."));
        assertEquals("/pages/viewpage.action?pageId=1501", atRisk.selectFirst("a").attr("href").replaceFirst("^/confluence", ""));
        List<String> vias = rows.stream().filter(r -> r.child(0).selectFirst("a").text().equals("Median first reply to direct messages"))
                .map(r -> r.selectFirst(".sp-my-playbook-via").text()).toList();
        assertEquals("through her role and her group", List.of("Como Customer care agent:", "Con customer-care:"), vias);
        assertEquals("En camino", rows.get(titles.indexOf("Median first reply to direct messages")).selectFirst(".aui-lozenge").text());
        assertFalse("objectives naming only others", titles.contains("Posts approved at first review"));
        assertEquals(String.valueOf(rows.size()), page("nora").selectFirst(".sp-my-playbook-objectives-title .aui-badge").text());
    }

    @Test
    public void anObjectiveOnAGoalsPageSomeoneCannotViewIsNotShownToThem() {
        GoalService goals = SANDBOX.sandbox().components().get(GoalService.class);
        String title = "Refunds answered within a day";
        SANDBOX.sandbox().as("sofia", () -> {
            GoalData data = goals.open(new MacroPage(2001, "CARE", "Customer care handbook", true), "Care goals", null);
            int set = data.set().id();
            data = goals.addGoal(set, new GoalRequests.GoalBody("Happy customers", null, data.set().version()));
            data = goals.addObjective(set, data.goals().get(0).id(), new GoalRequests.ObjectiveBody(null, title, "%", 50.0,
                    90.0, null, null, LocalDate.now().plusMonths(3).toString(), null, null, data.set().version()));
            int objective = data.objectives().get(0).id();
            data = goals.addContribution(set, objective, new GoalRequests.ContributionBody("PERSON", SANDBOX.userKey("marco"),
                    "Signs off the refund rules.", data.set().version()));
            goals.addContribution(set, objective, new GoalRequests.ContributionBody("PERSON", SANDBOX.userKey("nora"),
                    "Answers the refund cases.", data.set().version()));
            return null;
        });

        Document marco = page("marco");
        Document nora = page("nora");

        assertFalse("Marco may not view Customer Care's page", marco.select("tr.sp-my-playbook-objective").stream()
                .anyMatch(r -> r.text().contains(title)));
        Element own = nora.select("tr.sp-my-playbook-objective").stream().filter(r -> r.text().contains(title)).findFirst().orElse(null);
        assertNotNull(own);
        assertEquals("Customer Care", own.selectFirst(".sp-my-playbook-space").text());
        assertEquals("Aún sin medir", own.selectFirst(".aui-lozenge").text());
        assertEquals("Tú, en persona: Answers the refund cases.", own.child(4).text());
    }

    @Test
    public void noraSeesTheRequestsSheSentWithTheirStateUnderWayFirst() {
        int card = SANDBOX.sandbox().components().get(TeamStore.class).cardsInSpace("SOCIAL").get(0).id();
        TeamRequestService requests = SANDBOX.sandbox().components().get(TeamRequestService.class);
        Request answered = SANDBOX.sandbox().as("nora", () -> requests.submit(card, new TeamRequests.RequestBody(
                "my-playbook-nora-1", "A <b>bold</b> question about our tone", "Can we use emoji with angry customers?", "NORMAL")));
        SANDBOX.sandbox().as("nora", () -> requests.submit(card, new TeamRequests.RequestBody(
                "my-playbook-nora-2", "Saved replies in Catalan", "Could we have the saved replies in Catalan too?", "LOW")));
        FollowUp followUp = SANDBOX.sandbox().components().get(FeedbackStore.class).followUp((int) answered.followUpId()).orElseThrow();
        SANDBOX.sandbox().as("sofia", () -> SANDBOX.sandbox().components().get(FeedbackService.class)
                .setDone(1401, followUp.boardKey(), followUp.id(), true, followUp.version()));

        Document page = page("nora");

        List<Element> rows = page.select("tr.sp-my-playbook-request");
        assertEquals(2, rows.size());
        assertEquals("Saved replies in Catalan", rows.get(0).child(0).text());
        assertEquals("Abierta", rows.get(0).selectFirst(".aui-lozenge").text());
        assertEquals("Social Media Team", rows.get(0).child(1).text());
        assertEquals("/pages/viewpage.action?pageId=1502", rows.get(0).selectFirst("a").attr("href").replaceFirst("^/confluence", ""));
        assertEquals("escaped, not markup", "A <b>bold</b> question about our tone", rows.get(1).child(0).text());
        assertNull(rows.get(1).selectFirst("b"));
        assertEquals("Resuelta", rows.get(1).selectFirst(".aui-lozenge").text());
        assertTrue(rows.get(1).selectFirst(".aui-lozenge").hasClass("aui-lozenge-success"));
        assertEquals("2 enviadas, 1 aún en curso; las que están en curso primero, las más recientes primero.",
                page.selectFirst(".sp-my-playbook-requests-summary").text());
        assertTrue("Victor's own request only", page("victor").select("tr.sp-my-playbook-request").stream()
                .noneMatch(r -> r.text().contains("Catalan")));
    }
}

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
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.NewFollowUp;
import org.socialplaybook.testing.SandboxRule;

/**
 * "My playbook" through the sandbox (real stores, permissions, Velocity, the plugin page in the page layout): Nora
 * (Spanish) sees what waits for her in the demo space and in the Customer Care space, most urgent first, acts on it
 * from there, and nobody sees items of a space they cannot view.
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
}

package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/** The demo space as a fresh sandbox shows it: the guidelines page, six weeks of acknowledgements, step 8. */
public class GuidelinesDemoTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Test
    public void liamSeesThatThePrivacyGuidelineChangedSinceHeAcceptedItAndWhatChanged() {
        String html = SANDBOX.viewPage("liam", GuidelineSandbox.GUIDELINES_PAGE);
        JsonNode privacy = GuidelineSandbox.status(SANDBOX, "liam", "privacy");

        assertEquals("CHANGED", privacy.get("state").asText());
        assertTrue(privacy.get("message").asText().contains("after you accepted version 1.0"));
        assertTrue(html.contains("<ins>outside our customer tools.</ins>"));
        assertTrue(html.contains("<del>on personal devices.</del>"));
        assertEquals("ACKNOWLEDGED", GuidelineSandbox.status(SANDBOX, "liam", "tone-of-voice").get("state").asText());
        assertEquals(6, html.split("class=\"sp-guideline sp-guideline-").length - 1);
    }

    @Test
    public void noraHasOverdueGuidelinesWaitingInHerLanguage() {
        List<String> waiting = new ArrayList<>();
        for (JsonNode item : SandboxRule.json(SANDBOX.get("nora", "/guidelines/SOCIAL/mine"))) {
            waiting.add(item.get("key").asText() + (item.get("overdue").asBoolean() ? " overdue" : ""));
        }
        String page = SANDBOX.viewPage("nora", GuidelineSandbox.MY_GUIDELINES_PAGE);

        assertEquals(List.of("crisis-escalation overdue", "tone-of-voice overdue", "never-post"), waiting);
        assertTrue(page.contains("Pautas que esperan tu aceptación"));
        assertTrue(page.contains("3 pautas te esperan; 2 tienen el plazo vencido."));
    }

    @Test
    public void theOwnersReportHasTheSeededHistoryIncludingTheReacknowledgement() {
        JsonNode report = SandboxRule.json(SANDBOX.get("liam", "/guidelines/SOCIAL/privacy/report"));

        assertEquals(4, report.get("history").size());
        assertEquals(2, report.get("progress").get("acknowledged").asInt());
        assertEquals(3, report.get("progress").get("audience").asInt());
        assertEquals(403, SANDBOX.get("nora", "/guidelines/SOCIAL/privacy/report").statusCode());
    }

    @Test
    public void theCrisisGuidelineNamesThePeopleWhoHoldTheBrandOwnerRoleInTheRoleMatrix() {
        String html = SANDBOX.viewPage("liam", GuidelineSandbox.GUIDELINES_PAGE);
        String crisis = html.substring(html.indexOf("data-guideline-key=\"crisis-escalation\""));
        crisis = crisis.substring(0, crisis.indexOf("</p>", crisis.indexOf("sp-guideline-escalation")));

        assertTrue(crisis, crisis.contains("Brand owner"));
        assertTrue(crisis, crisis.contains("Social media team"));
        assertTrue(crisis, crisis.contains("data-user-key=\"" + SANDBOX.userKey("sofia") + "\""));
        assertTrue("the deputy is named too: " + crisis, crisis.contains("data-user-key=\"" + SANDBOX.userKey("marco") + "\""));
        assertFalse(crisis, crisis.contains("sp-contact-none"));
    }

    @Test
    public void stepEightIsStartedWithTheShareOfAcknowledgementsDone() {
        JsonNode steps = SandboxRule.json(SANDBOX.get("sofia", "/spaces/SOCIAL/overview")).get("steps");
        JsonNode step8 = steps.get(7);
        String home = SANDBOX.viewPage("sofia", 1001);

        assertEquals("GUIDELINES", step8.get("step").asText());
        assertEquals("STARTED", step8.get("state").asText());
        assertEquals(61, step8.get("percent").asInt());
        assertTrue(home.contains("6 guidelines; 61% of the acknowledgements they ask for are in (11 of 18)."));
        assertFalse(home.contains("Insert the \"guideline\" macro"));
    }
}

package org.socialplaybook.training;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * In a real browser, Nora (Spanish) writes what the plugin turns into follow-ups, a check-in asking for help and a
 * request through the team card, and each reader of the feedback board reads them in their own language: Sofía in
 * English, Nora in Spanish. What Nora typed stays as she typed it.
 */
public class GeneratedTextsIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();
    private static final TrainingHarness H = new TrainingHarness(SANDBOX);

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private String board(String user) {
        browser.openPage(user, 1401);
        return browser.waitFor(By.cssSelector(".sp-fb-table")).getText();
    }

    /** A page with its own programme for Nora alone, trainer Sofía, one required module. */
    private long programmeForNora(String title) {
        long page = SANDBOX.sandbox().pages().create("SOCIAL", "Training for " + title, null,
                "<ac:structured-macro ac:name=\"training-tracker\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"key\">lang-" + title.hashCode() + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"users\">nora</ac:parameter>"
                        + "<ac:parameter ac:name=\"trainer\">sofia</ac:parameter></ac:structured-macro>",
                SANDBOX.userKey("liam"), Instant.now()).id();
        H.module(TrainingHarness.programmeId(SANDBOX.viewPage("liam", page)), "Handling escalations", true, null);
        return page;
    }

    @Test
    public void noraAsksForHelpInSpanishAndSofiaReadsTheFollowUpInEnglish() {
        long page = programmeForNora("Escalation drill");
        browser.openPage("nora", page);
        browser.waitFor(By.cssSelector(".sp-training-my-action[data-action='complete']")).click();
        WebElement form = browser.waitFor(By.cssSelector(".sp-training-checkin"));
        form.findElement(By.cssSelector(".sp-training-confidence-input[value='2']")).click();
        form.findElement(By.cssSelector(".sp-training-comment")).sendKeys("Me bloqueo con <b>las quejas</b> virales.");
        form.findElement(By.cssSelector("label[for='" + form.findElement(By.cssSelector(".sp-training-needs-help"))
                .getAttribute("id") + "']")).click();
        form.findElement(By.cssSelector(".sp-training-checkin-send")).click();
        browser.waitFor(By.cssSelector(".sp-training-checkin-done"));

        String sofia = board("sofia");
        browser.screenshot("generated-texts-checkin-sofia");
        String nora = board("nora");
        browser.screenshot("generated-texts-checkin-nora");

        assertTrue(sofia, sofia.contains("Training follow-up: Nora Giménez asked for help after \"Escalation drill\""));
        assertTrue(sofia, sofia.contains("They asked the trainer for help."));
        assertTrue("typed text shown as typed, not as markup: " + sofia,
                sofia.contains("Their comment: Me bloqueo con <b>las quejas</b> virales."));
        assertFalse(sofia, sofia.contains("pidió ayuda tras la formación «Escalation drill»"));
        assertTrue(nora, nora.contains("Nora Giménez pidió ayuda tras la formación «Escalation drill»"));
        assertTrue(nora, nora.contains("Su comentario: Me bloqueo con <b>las quejas</b> virales."));
    }

    @Test
    public void noraSendsATeamRequestAndEachReaderReadsItInTheirLanguage() {
        browser.openPage("nora", 1502);
        WebElement form = browser.waitFor(By.cssSelector(".sp-team-request-form"));
        form.findElement(By.cssSelector(".sp-team-topic")).sendKeys("Kit de prensa para la feria");
        form.findElement(By.cssSelector(".sp-team-text")).sendKeys("¿Podéis enviarme el logo en alta resolución?");
        new Select(form.findElement(By.cssSelector(".sp-team-urgency"))).selectByValue("HIGH");
        form.findElement(By.cssSelector(".sp-team-send")).click();
        browser.until(d -> d.findElement(By.cssSelector(".sp-team-mine")).getText().contains("Kit de prensa para la feria") ? true : null);

        String sofia = board("sofia");
        browser.screenshot("generated-texts-request-sofia");
        String nora = board("nora");

        assertTrue(sofia, sofia.contains("Kit de prensa para la feria (asked through the team card of Social Media Team)"));
        assertTrue(sofia, sofia.contains("Sent by Nora Giménez through the team card of Social Media Team. Urgency: Urgent."));
        assertTrue(sofia, sofia.contains("¿Podéis enviarme el logo en alta resolución?"));
        assertTrue(nora, nora.contains("Kit de prensa para la feria (solicitud a través de la tarjeta de Social Media Team)"));
        assertTrue(nora, nora.contains("Enviada por Nora Giménez a través de la tarjeta del equipo Social Media Team. Urgencia: Urgente."));
    }

    @Test
    public void theDemoCheckInNoraSeededReadsInEnglishForSofia() {
        String sofia = board("sofia");

        assertTrue(sofia, sofia.contains("Training follow-up: Nora Giménez asked for help after \"Social media essentials\""));
        assertFalse(sofia, sofia.contains("pidió ayuda"));
    }
}

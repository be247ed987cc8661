package org.socialplaybook.reminders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialplaybook.feedback.MutableClock;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * In a real browser: the space admin turns reminders on from the overview on the space home (a bad value first shows
 * its message in the form and saves nothing), "Send reminders now" sends what is due and says so, a second click
 * sends nothing, and the report on the overview lists who was reminded; a week later (the clock moved) the daily job
 * reminds and escalates again, and the mails are checked in the sandbox's {@code .eml} files: one per person, in
 * their language, the escalations to the person Accountable.
 */
public class ReminderSettingsIT {
    private static final long HOME = 1001;

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-19T09:00:00Z")); // a Thursday
    private static final EmlFiles EML = new EmlFiles();

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withClock(CLOCK));

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void theSpaceAdminTurnsRemindersOnFromTheOverviewAndSeesWhoWasReminded() throws Exception {
        EML.newMails(SANDBOX.sandbox().mailServer().directory()); // the demo's Monday digest
        browser.openPage("sofia", HOME);
        WebElement form = browser.waitFor(By.cssSelector(".sp-reminders-settings"));
        form.findElement(By.cssSelector("label[for=sp-reminders-enabled-1001]")).click();
        WebElement every = form.findElement(By.name("everyDays"));
        type(every, "0");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = browser.until(d -> {
            WebElement e = d.findElement(By.cssSelector(".sp-reminders-error"));
            return e.isDisplayed() ? e : null;
        });
        assertEquals("How often: every 1 to 90 days.", error.getText());
        assertEquals(0, SandboxRule.json(SANDBOX.get("sofia", "/reminders/1001/settings")).get("version").asInt());
        browser.screenshot("reminders-1-bad-value");

        type(every, "7");
        WebElement groups = form.findElement(By.name("groups"));
        type(groups, "social-team");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(d -> d.findElements(By.cssSelector(".aui-flag[aria-hidden=false], .aui-flag")).stream()
                .anyMatch(f -> f.getText().contains("Reminder settings saved.")) ? true : null);
        JsonNode saved = SandboxRule.json(SANDBOX.get("sofia", "/reminders/1001/settings"));
        assertTrue(saved.toString(), saved.get("enabled").asBoolean());
        assertEquals("[\"social-team\"]", saved.get("groups").toString());

        WebElement sendNow = browser.waitFor(By.cssSelector(".sp-reminders-send-now-button"));
        sendNow.click();
        assertEquals("default escalation after 14 days", "7 mails sent: 7 items reminded, 4 escalated.", sendNowResult());
        browser.screenshot("reminders-send-now");
        java.util.List<EmlFiles.Mail> sent = EML.newMails(SANDBOX.sandbox().mailServer().directory());
        assertEquals("7 mails, as the page said: " + sent, 7, sent.size());
        assertTrue("Nora's reminder in Spanish, one mail for both her items: " + sent, sent.stream().anyMatch(m ->
                m.to().equals("nora.gimenez@acme.example") && m.subject().equals("Social Media Team: te esperan 2 tareas vencidas")));
        assertTrue("and what is escalated to her, in Spanish too: " + sent, sent.stream().anyMatch(m ->
                m.to().equals("nora.gimenez@acme.example") && m.subject().contains("se te ha escalado")));
        assertEquals("one reminder for Liam listing his four items", "Social Media Team: 4 overdue items wait for you",
                sent.stream().filter(m -> m.to().equals("liam.chen@acme.example") && !m.subject().contains("escalated"))
                        .findFirst().orElseThrow().subject());
        sendNow.click();
        browser.until(d -> d.findElement(By.cssSelector(".sp-reminders-send-now-result")).getText().startsWith("Nothing") ? true : null);
        assertEquals("a second click sends nothing",
                "Nothing was due today that had not been sent before: no mail sent.", sendNowResult());
        SANDBOX.sandbox().scheduler().runNow(ReminderJob.JOB_ID); // nor does the daily job
        assertEquals(11, SandboxRule.json(SANDBOX.get("sofia", "/reminders/1001/report")).size());
        browser.openPage("sofia", HOME);
        String report = browser.waitFor(By.cssSelector(".sp-reminders-report")).getText();
        assertTrue(report, report.contains("Nora Giménez") && report.contains("Guideline to acknowledge: Our tone of voice")
                && report.contains("Reminded"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.sp-reminders').scrollIntoView();");
        browser.screenshot("reminders-2-report");
        browser.assertNoScriptErrors();

        CLOCK.advance(java.time.Duration.ofDays(7)); // Thursday 26 November: a new period, longer overdue
        SANDBOX.sandbox().scheduler().runNow(ReminderJob.JOB_ID);
        java.util.List<EmlFiles.Mail> week = EML.newMails(SANDBOX.sandbox().mailServer().directory());
        assertTrue("reminded again a week later: " + week, !week.isEmpty());
        assertTrue("and escalated to someone Accountable: " + week, week.stream()
                .anyMatch(m -> m.subject().contains("escalated to you") || m.subject().contains("se te ha")));
        SANDBOX.sandbox().scheduler().runNow(ReminderJob.JOB_ID);
        assertEquals("never twice in a period", java.util.List.of(), EML.newMails(SANDBOX.sandbox().mailServer().directory()));
        browser.openPage("sofia", HOME);
        String later = browser.waitFor(By.cssSelector(".sp-reminders-report")).getText();
        assertTrue(later, later.contains("Escalated to"));
    }

    private String sendNowResult() {
        return browser.until(d -> {
            WebElement e = d.findElement(By.cssSelector(".sp-reminders-send-now-result"));
            return e.isDisplayed() && !e.getText().isBlank() ? e.getText() : null;
        });
    }

    /** Replaces the field's value as a person does: select all, type. */
    private static void type(WebElement field, String value) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        assertEquals(value, field.getAttribute("value"));
    }
}

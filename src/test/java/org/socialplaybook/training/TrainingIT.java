package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * The demo "Training" page (1301) in a real browser: a learner completes the modules and answers the check-in; the
 * trainer sees the grid change and the low-confidence follow-up; a trainer filters the overdue people and records
 * a session for them; an editor adds a module in view mode.
 */
public class TrainingIT {
    private static final long PAGE = 1301;

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private List<WebElement> completeButtons() {
        return browser.driver().findElements(By.cssSelector(".sp-training-my-action[data-action='complete']"));
    }

    @Test
    public void aLearnerCompletesTheModulesAndChecksInAndTheTrainerSeesTheGridAndTheFollowUp() {
        browser.openPage("victor", PAGE);
        browser.waitFor(By.cssSelector(".sp-training-me"));
        assertTrue(browser.driver().findElement(By.cssSelector(".sp-training-me-text")).getText().startsWith("0 of 5 required"));

        int left = completeButtons().size();
        while (left > 0) {
            completeButtons().get(0).click();
            int expected = left - 1;
            browser.until(d -> completeButtons().size() == expected ? true : null);
            left = expected;
        }
        WebElement form = browser.waitFor(By.cssSelector(".sp-training-checkin"));
        assertEquals("100", browser.driver().findElement(By.cssSelector(".sp-training-me-progress")).getAttribute("data-value"));
        assertEquals("You completed all 5 required modules. Well done!",
                browser.driver().findElement(By.cssSelector(".sp-training-me-text")).getText());
        form.findElement(By.cssSelector(".sp-training-confidence-input[value='1']")).click();
        form.findElement(By.cssSelector(".sp-training-comment")).sendKeys("The legal part went too fast for me.");
        form.findElement(By.cssSelector("label[for='" + form.findElement(By.cssSelector(".sp-training-needs-help"))
                .getAttribute("id") + "']")).click();
        browser.screenshot("training-learner-checkin");
        form.findElement(By.cssSelector(".sp-training-checkin-send")).click();

        WebElement done = browser.waitFor(By.cssSelector(".sp-training-checkin-done"));
        assertTrue(done.getText(), done.getText().startsWith("You checked in with confidence 1/5"));
        browser.until(d -> d.findElements(By.cssSelector(".aui-flag")).isEmpty() ? null : true);
        browser.screenshot("training-learner-done");

        browser.openPage("sofia", PAGE);
        String victor = SANDBOX.userKey("victor");
        WebElement row = browser.waitFor(By.cssSelector(".sp-training-grid tr[data-user-key='" + victor + "']"));
        assertEquals("100%", row.findElement(By.cssSelector(".sp-training-percent-text")).getText());
        assertEquals("COMPLETE", row.findElement(By.cssSelector(".sp-training-person-lozenge")).getText().toUpperCase());
        assertEquals(6, row.findElements(By.cssSelector(".sp-training-cell-completed")).size());
        List<WebElement> followUps = browser.driver().findElements(By.cssSelector(".sp-training-followup"));
        WebElement first = followUps.get(0);
        assertTrue(first.getText(), first.getText().contains("Victor Okafor"));
        assertTrue(first.getText().contains("The legal part went too fast for me."));
        assertEquals("CONFIDENCE 1/5", first.findElement(By.cssSelector(".sp-training-followup-confidence")).getText().toUpperCase());
        assertEquals("2", browser.driver().findElement(By.cssSelector(".sp-training-followup-count")).getText());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.driver().findElement(By.cssSelector(".sp-training-people")));
        browser.screenshot("training-trainer-grid");
    }

    /**
     * Issue 15, item 1: victor only views the page. He sees his own training, and nothing that tells how colleagues
     * are doing: no figures, no per-module bars, no chart, no people grid, no follow-ups; the page's REST state gives
     * him no figures either. Sofia (an editor) sees all of them on the same page.
     */
    @Test
    public void aViewOnlyReaderSeesHisOwnTrainingButNotTheTrainersFigures() {
        browser.openPage("victor", PAGE);
        WebElement tracker = browser.waitFor(By.cssSelector(".sp-training"));
        browser.waitFor(By.cssSelector(".sp-training-me"));
        for (String hidden : List.of(".sp-training-stats", ".sp-training-progress", ".sp-training-module-figures",
                ".sp-training-chart", ".sp-training-people", ".sp-training-grid", ".sp-training-followups",
                ".sp-training-export", ".sp-training-modules-open")) {
            assertEquals(hidden, 0, browser.driver().findElements(By.cssSelector(hidden)).size());
        }
        String text = tracker.getText();
        assertFalse(text, text.contains("completed the programme"));
        assertFalse(text, text.contains("Liam Chen"));
        browser.screenshot("training-view-only-reader");
        browser.assertNoScriptErrors();

        String id = tracker.getAttribute("data-programme-id");
        JsonNode state = SandboxRule.json(SANDBOX.get("victor", "/training/programmes/" + id));
        assertTrue(state.toString(), state.path("figures").isNull() || state.path("figures").isMissingNode());
        assertEquals(403, SANDBOX.get("victor", "/training/programmes/" + id + "/people").statusCode());

        browser.openPage("sofia", PAGE);
        browser.waitFor(By.cssSelector(".sp-training-grid"));
        for (String shown : List.of(".sp-training-stats", ".sp-training-module-figures", ".sp-training-chart")) {
            assertEquals(shown, 1, browser.driver().findElements(By.cssSelector(shown)).size());
        }
        assertTrue(SandboxRule.json(SANDBOX.get("sofia", "/training/programmes/" + id)).path("figures").has("percent"));
    }

    /**
     * Issue 15, item 3: a trainer's change redraws the figures it changed, without a reload: sofia marks one
     * learner's module complete in the grid and the module's share done, its bar and the grid row move on the page
     * she is looking at.
     */
    @Test
    public void aTrainersChangeRedrawsTheFiguresWithoutAReload() {
        browser.openPage("sofia", PAGE);
        WebElement cell = browser.waitFor(By.cssSelector(".sp-training-grid td.sp-training-cell-not_started"));
        String moduleId = cell.getAttribute("data-module-id");
        String userKey = cell.findElement(By.xpath("./ancestor::tr")).getAttribute("data-user-key");
        By modulePercent = By.cssSelector(".sp-training-module-figures tr[data-module-id='" + moduleId + "'] .sp-training-module-percent");
        By completedBar = By.cssSelector(".sp-training-module-figures tr[data-module-id='" + moduleId + "'] .sp-bar-completed");
        String before = browser.driver().findElement(modulePercent).getText();
        String barBefore = browser.driver().findElement(completedBar).getAttribute("style");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.spSamePage = true;");

        cell.findElement(By.cssSelector(".sp-training-cell-button")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".sp-training-status-dialog"));
        assertEquals("COMPLETED", new Select(dialog.findElement(By.cssSelector(".sp-training-status-select")))
                .getFirstSelectedOption().getAttribute("value"));
        dialog.findElement(By.cssSelector(".sp-training-status-save")).click();

        browser.until(d -> d.findElement(modulePercent).getText().equals(before) ? null : true);
        assertTrue(Integer.parseInt(browser.driver().findElement(modulePercent).getText().replace("%", ""))
                > Integer.parseInt(before.replace("%", "")));
        assertFalse(barBefore.equals(browser.driver().findElement(completedBar).getAttribute("style")));
        browser.until(d -> d.findElements(By.cssSelector(".sp-training-grid tr[data-user-key='" + userKey
                + "'] td.sp-training-cell-completed[data-module-id='" + moduleId + "']")).isEmpty() ? null : true);
        assertEquals(Boolean.TRUE, js.executeScript("return window.spSamePage === true;"));
        browser.screenshot("training-figures-redrawn");
        browser.assertNoScriptErrors();
    }

    @Test
    public void aTrainerFiltersTheOverduePeopleAndRecordsTheirSessionThenAddsAModule() {
        browser.openPage("sofia", PAGE);
        browser.waitFor(By.cssSelector(".sp-training-grid"));
        new Select(browser.driver().findElement(By.cssSelector("[data-filter='status']"))).selectByValue("overdue");
        browser.until(d -> d.findElements(By.cssSelector(".sp-training-grid tbody tr")).size() == 1 ? true : null);
        WebElement liam = browser.driver().findElement(By.cssSelector(".sp-training-grid tbody tr"));
        assertTrue(liam.getText().contains("Liam Chen"));

        liam.findElement(By.cssSelector(".sp-training-select-person")).click();
        browser.waitFor(By.cssSelector(".sp-training-bulk")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".sp-training-session-dialog"));
        assertEquals(List.of("Liam Chen"), dialog.findElements(By.cssSelector(".sp-training-attendee span")).stream()
                .map(WebElement::getText).toList());
        for (WebElement box : dialog.findElements(By.cssSelector(".sp-training-session-module"))) {
            WebElement label = dialog.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            if (List.of("Customer care on social", "Crisis drill", "Privacy and legal").contains(label.getText())) {
                label.click();
            }
        }
        dialog.findElement(By.cssSelector(".sp-training-session-note")).sendKeys("Catch-up session");
        browser.screenshot("training-session-dialog");
        dialog.findElement(By.cssSelector(".sp-training-session-save")).click();

        browser.until(d -> d.findElements(By.cssSelector(".sp-training-grid-wrap .sp-training-empty")).isEmpty() ? null : true);
        assertEquals("Nobody matches these filters.",
                browser.driver().findElement(By.cssSelector(".sp-training-grid-wrap .sp-training-empty")).getText());

        browser.driver().findElement(By.cssSelector(".sp-training-modules-open")).click();
        WebElement modules = browser.waitFor(By.cssSelector(".sp-training-modules-dialog"));
        modules.findElement(By.cssSelector(".sp-training-module-title-input")).sendKeys("Live Q&A practice");
        modules.findElement(By.cssSelector(".sp-training-module-link")).sendKeys("https://learn.acme.example/social/live-qa");
        modules.findElement(By.cssSelector("label[for='" + modules.findElement(By.cssSelector(".sp-training-module-required"))
                .getAttribute("id") + "']")).click();
        modules.findElement(By.cssSelector(".sp-training-module-save")).click();
        browser.until(d -> d.findElements(By.cssSelector(".sp-training-module-item")).size() == 7 ? true : null);
        browser.screenshot("training-modules-dialog");
        modules.findElement(By.cssSelector(".sp-training-modules-done")).click();

        browser.until(d -> d.findElements(By.cssSelector(".sp-training-modules .sp-training-module")).size() == 7 ? true : null);
        WebElement added = browser.driver().findElements(By.cssSelector(".sp-training-modules .sp-training-module")).get(6);
        assertTrue(added.getText().contains("Live Q&A practice"));
        assertTrue(added.getText().contains("Optional"));
    }
}

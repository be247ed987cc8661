package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/** People using the goals on "Our goals" in a real browser. Screenshots land in target/screenshots. */
public class GoalsIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private static final long PAGE = 1501;

    private WebDriver driver() {
        return browser.driver();
    }

    private WebElement dialog(String className) {
        return browser.waitFor(By.cssSelector("section.aui-dialog2." + className));
    }

    private void type(WebElement dialog, String selector, String text) {
        WebElement input = dialog.findElement(By.cssSelector(selector));
        input.clear();
        input.sendKeys(text);
    }

    /** Date inputs take their value as the browser's locale formats it; set it the way a script would. */
    private void date(WebElement dialog, String selector, String iso) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];",
                dialog.findElement(By.cssSelector(selector)), iso);
    }

    private WebElement goal(String title) {
        return driver().findElement(By.xpath("//li[contains(@class,'sp-goal ')][.//h4[text()='" + title + "']]"));
    }

    private WebElement objective(String title) {
        return driver().findElement(By.xpath("//li[contains(@class,'sp-objective ')][.//span[@class='sp-objective-title' and text()='" + title + "']]"));
    }

    /** Whether the objective shows an element yet (false while the script is redrawing it). */
    private boolean objectiveHas(String title, String css) {
        try {
            return !objective(title).findElements(By.cssSelector(css)).isEmpty();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    private String objectiveText(String title) {
        try {
            return objective(title).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    private boolean present(By locator) {
        return !driver().findElements(locator).isEmpty();
    }

    @Test
    public void anEditorAddsAGoalAndAMeasurableObjectiveRecordsAValueAndSeesProgressStatusAndTrend() {
        browser.openPage("liam", PAGE);
        browser.waitFor(By.cssSelector(".sp-goals-edit-toggle")).click();

        browser.waitFor(By.cssSelector(".sp-goals-new-goal")).sendKeys("Make every business unit visible on social");
        driver().findElement(By.cssSelector(".sp-goals-new-goal-description")).sendKeys("One story a month from each unit.");
        driver().findElement(By.cssSelector(".sp-goals-add-goal")).click();
        browser.until(d -> present(By.xpath("//h4[text()='Make every business unit visible on social']")));
        goal("Make every business unit visible on social").findElement(By.cssSelector(".sp-goal-add-objective")).click();

        WebElement d = dialog("sp-goals-objective-dialog");
        type(d, ".sp-goals-objective-name", "Business units with a story this quarter");
        type(d, ".sp-goals-baseline", "2");
        type(d, ".sp-goals-target", "12");
        type(d, ".sp-goals-unit", "units");
        date(d, ".sp-goals-due", "2031-06-30");
        new Select(d.findElement(By.cssSelector(".sp-goals-activity"))).selectByVisibleText("Write and schedule posts");
        new Select(d.findElement(By.cssSelector(".sp-goals-training"))).selectByVisibleText("Social media essentials (social-essentials)");
        d.findElement(By.cssSelector(".sp-dialog-submit")).click();
        browser.until(d2 -> present(By.xpath("//span[@class='sp-objective-title' and text()='Business units with a story this quarter']")));
        assertEquals("Not measured yet", objective("Business units with a story this quarter").findElement(By.cssSelector(".sp-objective-status")).getText()
                .replace("NOT MEASURED YET", "Not measured yet"));

        objective("Business units with a story this quarter").findElement(By.cssSelector(".sp-objective-record")).click();
        WebElement record = dialog("sp-goals-record-dialog");
        type(record, ".sp-goals-value", "7");
        type(record, ".sp-goals-note", "Retail and Logistics joined");
        record.findElement(By.cssSelector(".sp-dialog-submit")).click();

        browser.until(d2 -> objectiveHas("Business units with a story this quarter", "circle.sp-goals-dot-last"));
        WebElement o = objective("Business units with a story this quarter");
        assertTrue(o.findElement(By.cssSelector(".sp-objective-progress")).getText().startsWith("7 units now; target 12 units (50% of the way)"));
        assertTrue(o.getAttribute("class").contains("sp-goals-achieved") || o.getAttribute("class").contains("sp-goals-on-track"));
        assertTrue(o.findElement(By.cssSelector("circle.sp-goals-dot-last title")).getAttribute("textContent").contains("Liam Chen"));
        assertTrue(o.findElement(By.cssSelector(".sp-objective-activity")).getText().contains("Write and schedule posts"));
        assertEquals("Training: Social media essentials", o.findElement(By.cssSelector(".sp-objective-training-link")).getText());
        assertTrue(o.findElement(By.cssSelector(".sp-objective-training-percent")).getText().endsWith("% of the required modules done"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", o);
        browser.screenshot("goals-editor-new-objective");

        driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".sp-goals"));
        assertTrue(objective("Business units with a story this quarter").findElement(By.cssSelector(".sp-objective-history summary"))
                .getText().contains("(1)"));
    }

    @Test
    public void anEditorNamesAPersonAsContributorAndThatPersonSeesWhyTheyDoIt() {
        browser.openPage("nora", PAGE);
        browser.waitFor(By.cssSelector(".sp-goals-edit-toggle")).click();
        objective("Crisis simulations run with legal and brand").findElement(By.cssSelector(".sp-objective-contribute")).click();

        WebElement d = dialog("sp-goals-contribution-dialog");
        new Select(d.findElement(By.cssSelector(".sp-goals-kind"))).selectByValue("PERSON");
        d.findElement(By.cssSelector(".sp-goals-person-picker input")).sendKeys("oka");
        WebElement option = browser.waitFor(By.cssSelector(".sp-goals-contribution-dialog .sp-picker-option"));
        assertTrue(option.getText().contains("Victor Okafor"));
        option.click();
        type(d, ".sp-goals-how-input", "Tells us which customers a crisis would touch first.");
        d.findElement(By.cssSelector(".sp-dialog-submit")).click();
        browser.until(dr -> objectiveText("Crisis simulations run with legal and brand").contains("Victor Okafor"));

        browser.openPage("victor", PAGE);
        WebElement why = browser.waitFor(By.cssSelector(".sp-goals-why"));
        assertTrue(why.getText().contains("You, personally:"));
        assertTrue(why.getText().contains("Tells us which customers a crisis would touch first."));
        assertTrue(why.getText().contains("As Sales liaison:"));
        assertTrue(driver().findElements(By.cssSelector(".sp-goals-edit-toggle")).isEmpty());
        browser.screenshot("goals-reader-why");
    }

    @Test
    public void aMistakeIsExplainedInTheDialogAndNothingIsSaved() {
        browser.openPage("marco", PAGE);
        browser.waitFor(By.cssSelector(".sp-goals-edit-toggle")).click();
        int before = driver().findElements(By.cssSelector(".sp-objective")).size();
        goal("Turn social into business").findElement(By.cssSelector(".sp-goal-add-objective")).click();

        WebElement d = dialog("sp-goals-objective-dialog");
        type(d, ".sp-goals-objective-name", "Flat objective");
        type(d, ".sp-goals-baseline", "5");
        type(d, ".sp-goals-target", "5");
        date(d, ".sp-goals-due", "2031-01-01");
        d.findElement(By.cssSelector(".sp-dialog-submit")).click();

        WebElement error = browser.waitFor(By.cssSelector(".sp-goals-objective-dialog .sp-dialog-error"));
        assertEquals("The target must differ from the baseline: an objective is a change to reach.", error.getText());
        browser.screenshot("goals-dialog-error");
        d.findElement(By.cssSelector(".sp-dialog-cancel")).click();
        assertEquals(before, driver().findElements(By.cssSelector(".sp-objective")).size());
        List<WebElement> counts = driver().findElements(By.cssSelector(".sp-goals-count"));
        assertTrue(counts.size() >= 3);
    }
}

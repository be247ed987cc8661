package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 4, as sofia (who edits pages) meets them: a page with a new, empty role matrix, a new training
 * programme and an empty goal set. Each says what is missing and offers the one action that fills it; none shows a
 * clean bill ("No problems"), a numbered "No modules yet", a 0% chart, a due date or an empty "Why am I doing this?".
 * Victor (view only) reads the same page without the actions.
 */
public class EmptyStatesIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private static long page(String title, String storage) {
        return SANDBOX.sandbox().pages().create("SOCIAL", title, null, storage, "sofia", Instant.now()).id();
    }

    @Test
    public void anEmptyRoleMatrixSaysWhatIsMissingAndOpensEditModeAtTheFirstRole() {
        long id = page("Empty matrix", "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"name\">Launch crew</ac:parameter></ac:structured-macro>");
        browser.openPage("sofia", id);
        WebElement empty = browser.waitFor(By.cssSelector(".sp-raci-empty"));
        assertTrue(empty.getText(), empty.getText().startsWith("This matrix has no roles or activities yet"));
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-raci-problems-none")).isEmpty());
        assertFalse(browser.driver().findElement(By.cssSelector(".sp-raci-problems")).getText().contains("No problems"));
        browser.screenshot("empty-role-matrix");

        empty.findElement(By.cssSelector(".sp-raci-empty-edit")).click();
        WebElement role = browser.waitFor(By.cssSelector(".sp-raci-new-role"));
        browser.until(d -> role.equals(d.switchTo().activeElement()) ? true : null);
        role.sendKeys("Host");
        browser.driver().findElement(By.cssSelector(".sp-raci-add-role-button")).click();
        browser.until(d -> d.findElement(By.cssSelector(".sp-raci-empty")).isDisplayed() ? null : true);
        // Now there is something to check: the role nobody holds is a problem, and it is shown.
        browser.until(d -> d.findElements(By.cssSelector(".sp-raci-problems-title")).isEmpty() ? null : true);
        browser.assertNoScriptErrors();

        browser.openPage("victor", page("Empty matrix 2", "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"name\">Night crew</ac:parameter></ac:structured-macro>"));
        WebElement readOnly = browser.waitFor(By.cssSelector(".sp-raci-empty"));
        assertTrue(readOnly.getText(), readOnly.getText().startsWith("This matrix is empty."));
        assertTrue(readOnly.findElements(By.cssSelector("button")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-raci-problems-none")).isEmpty());
    }

    @Test
    public void aNewProgrammeSaysItHasNoModulesAndOffersToAddTheFirst() {
        long id = page("New programme", "<ac:structured-macro ac:name=\"training-tracker\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"key\">onboarding-2027</ac:parameter><ac:parameter ac:name=\"title\">Onboarding</ac:parameter>"
                + "<ac:parameter ac:name=\"users\">victor,sofia</ac:parameter><ac:parameter ac:name=\"dueDays\">30</ac:parameter>"
                + "</ac:structured-macro>");
        browser.openPage("sofia", id);
        WebElement tracker = browser.waitFor(By.cssSelector(".sp-training"));
        WebElement empty = tracker.findElement(By.cssSelector(".sp-training-no-modules"));
        assertTrue(empty.getText(), empty.getText().startsWith("This programme has no modules yet"));
        for (String absent : new String[] {".sp-training-stats", ".sp-training-chart", ".sp-training-module-figures"}) {
            assertTrue(absent, tracker.findElements(By.cssSelector(absent)).isEmpty());
        }
        String audience = tracker.findElement(By.cssSelector(".sp-training-audience")).getText();
        assertFalse(audience, audience.contains("Due"));
        browser.screenshot("empty-training-programme");

        empty.findElement(By.cssSelector(".sp-training-first-module")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".sp-training-modules-dialog"));
        WebElement none = dialog.findElement(By.cssSelector(".sp-training-module-none"));
        assertEquals("No modules yet.", none.getText());
        assertEquals("P", none.getTagName().toUpperCase());
        assertTrue(dialog.findElements(By.cssSelector("li.sp-training-empty")).isEmpty());
        browser.assertNoScriptErrors();

        browser.openPage("victor", id);
        WebElement readOnly = browser.waitFor(By.cssSelector(".sp-training-no-modules"));
        assertEquals("This programme has no modules yet.", readOnly.getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-training-first-module")).isEmpty());
    }

    @Test
    public void emptyGoalsSayWhatIsMissingWithoutAnEmptyWhyAndOpenTheFirstGoalsField() {
        long id = page("New goals", "<ac:structured-macro ac:name=\"goals\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"name\">Next year</ac:parameter></ac:structured-macro>");
        browser.openPage("sofia", id);
        WebElement empty = browser.waitFor(By.cssSelector(".sp-goals-empty"));
        assertTrue(empty.getText(), empty.getText().startsWith("This page has no goals yet"));
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-goals-why")).isEmpty());
        browser.screenshot("empty-goals");
        empty.findElement(By.cssSelector(".sp-goals-first-goal")).click();
        WebElement field = browser.waitFor(By.cssSelector(".sp-goals-new-goal"));
        browser.until(d -> field.isDisplayed() && field.equals(d.switchTo().activeElement()) ? true : null);
        browser.assertNoScriptErrors();

        browser.openPage("victor", id);
        WebElement readOnly = browser.waitFor(By.cssSelector(".sp-goals-empty"));
        assertTrue(readOnly.getText(), readOnly.getText().startsWith("No goals yet."));
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-goals-why, .sp-goals-first-goal")).isEmpty());
    }
}

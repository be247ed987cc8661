package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Read-and-accept in a real browser: a member accepts a guideline; an editor changes its text in the page editor;
 * the member sees "changed since you acknowledged" with what changed and accepts again; the space admin's report
 * shows both acknowledgements.
 */
public class GuidelinesIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withoutDemoData());

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private static final By CUSTOMERS = By.id("guideline-responding-to-customers");

    private WebElement customers() {
        return browser.waitFor(CUSTOMERS);
    }

    private String state() {
        return customers().findElement(By.cssSelector(".sp-guideline-state")).getText();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);", element);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    @Test
    public void aMemberAcceptsTheEditorChangesTheTextTheMemberAcceptsAgainAndTheAdminSeesBoth() {
        browser.openPage("liam", GuidelineSandbox.GUIDELINES_PAGE);
        browser.waitFor(By.cssSelector("#guideline-responding-to-customers[data-ready='true']"));
        WebElement guarded = browser.driver().findElement(By.cssSelector("#guideline-tone-of-voice .sp-guideline-accept"));
        assertFalse("the reading guard holds the button back at first", guarded.isEnabled());
        assertEquals("NOT ACKNOWLEDGED", state().toUpperCase());

        customers().findElement(By.cssSelector(".sp-guideline-accept")).click();

        browser.until(d -> state().equalsIgnoreCase("Acknowledged"));
        assertTrue(customers().findElement(By.cssSelector(".sp-guideline-message")).getText().startsWith("You accepted version 1 on"));
        assertTrue(customers().findElements(By.cssSelector(".sp-guideline-accept")).isEmpty());
        scrollTo(customers());
        browser.screenshot("guidelines-1-member-accepted");

        browser.loginAs("marco", "/pages/viewpage.action?pageId=" + GuidelineSandbox.GUIDELINES_PAGE);
        browser.waitFor(By.id("editPageLink")).click();
        WebElement storage = browser.waitFor(By.id("storage"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[0].value.replace('within <strong>two hours</strong> during opening times',"
                        + " 'within <strong>one hour</strong> during opening times, seven days a week');", storage);
        browser.driver().findElement(By.id("rte-button-publish")).click();
        browser.waitFor(By.id("title-text"));
        assertTrue(browser.driver().findElement(By.cssSelector(".sandbox-page-meta")).getText().contains("Version 2"));

        browser.openPage("liam", GuidelineSandbox.GUIDELINES_PAGE);
        browser.waitFor(By.cssSelector("#guideline-responding-to-customers[data-ready='true']"));
        assertEquals("CHANGED SINCE YOU ACKNOWLEDGED", state().toUpperCase());
        WebElement changes = customers().findElement(By.cssSelector(".sp-guideline-changes"));
        assertEquals("two hours", changes.findElement(By.tagName("del")).getText());
        assertTrue(changes.findElement(By.tagName("ins")).getText().contains("one hour"));
        scrollTo(customers());
        browser.screenshot("guidelines-2-member-sees-change");

        customers().findElement(By.cssSelector(".sp-guideline-accept")).click();

        browser.until(d -> state().equalsIgnoreCase("Acknowledged"));
        assertTrue(customers().findElements(By.cssSelector(".sp-guideline-changes")).isEmpty());
        assertTrue(customers().findElement(By.cssSelector(".sp-guideline-message")).getText().startsWith("You accepted version 2 on"));

        browser.openPage("sofia", GuidelineSandbox.GUIDELINES_PAGE);
        browser.waitFor(By.cssSelector("#guideline-responding-to-customers[data-ready='true']"));
        customers().findElement(By.cssSelector(".sp-guideline-report-toggle")).click();
        List<WebElement> history = browser.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#guideline-responding-to-customers .sp-guideline-history tbody tr"));
            return rows.size() == 2 ? rows : null;
        });
        assertEquals(List.of("Liam Chen", "version 2"), cells(history.get(0)).subList(0, 2));
        assertEquals(List.of("Liam Chen", "version 1"), cells(history.get(1)).subList(0, 2));
        List<String> people = customers().findElements(By.cssSelector(".sp-guideline-report table:first-of-type tbody tr"))
                .stream().map(row -> String.join(" | ", cells(row).subList(0, 2)).toLowerCase()).toList();
        assertTrue(people.toString(), people.contains("liam chen | acknowledged"));
        assertTrue(people.toString(), people.contains("nora giménez | not acknowledged"));
        assertTrue(people.toString(), people.contains("sofía ramos | not acknowledged"));
        assertTrue(customers().findElement(By.cssSelector(".sp-guideline-progress-text")).getText().startsWith("1 of 3 acknowledged"));
        scrollTo(customers());
        browser.screenshot("guidelines-3-admin-report");
    }
}

package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 6: the follow-up board (1401) of a space with no Jira connection, as sofia (space admin) and marco
 * (page editor) meet it. Create in Jira is shown disabled with who can connect Jira; no row offers a checkbox that
 * would do nothing; a follow-up with an empty title shows the field's error and sends nothing.
 */
public class FeedbackNoJiraIT {
    private static final long BOARD = 1401;

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void withoutJiraCreateInJiraIsDisabledAndSaysWhoCanConnectIt() {
        browser.openPage("marco", BOARD);
        browser.waitFor(By.cssSelector(".sp-fb-table"));
        WebElement create = browser.driver().findElement(By.cssSelector(".sp-fb-jira-unavailable"));
        assertEquals("Create in Jira", create.getText());
        assertFalse(create.isEnabled());
        assertEquals("Ask a space admin to connect Jira.", browser.driver().findElement(By.cssSelector(".sp-fb-jira-hint")).getText());
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-fb-check")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-fb-jira-connect, .sp-fb-connection")).isEmpty());

        browser.openPage("sofia", BOARD);
        browser.waitFor(By.cssSelector(".sp-fb-table"));
        assertFalse(browser.driver().findElement(By.cssSelector(".sp-fb-jira-unavailable")).isEnabled());
        assertTrue(browser.driver().findElements(By.cssSelector(".sp-fb-check")).isEmpty());
        WebElement connect = browser.driver().findElement(By.cssSelector(".sp-fb-jira-hint .sp-fb-jira-connect"));
        assertEquals("Connect Jira", connect.getText());
        connect.click();
        browser.until(d -> d.findElement(By.cssSelector(".sp-fb-connection")).isDisplayed() ? true : null);
        browser.screenshot("feedback-no-jira-space-admin");
        browser.assertNoScriptErrors();
    }

    @Test
    public void anEmptyFollowUpTitleShowsTheFieldsErrorAndSendsNothing() {
        browser.openPage("sofia", BOARD);
        browser.waitFor(By.cssSelector(".sp-fb-table"));
        int rows = browser.driver().findElements(By.cssSelector(".sp-fb-row")).size();
        browser.driver().findElement(By.cssSelector(".sp-fb-add-toggle")).click();
        WebElement form = browser.waitFor(By.cssSelector(".sp-fb-add"));
        WebElement title = form.findElement(By.cssSelector(".sp-fb-title"));
        title.sendKeys("   ");
        form.findElement(By.cssSelector("[type=submit]")).click();

        WebElement error = form.findElement(By.cssSelector(".sp-fb-title-error"));
        browser.until(d -> error.isDisplayed() ? true : null);
        assertEquals("Give the follow-up action a title.", error.getText());
        assertEquals("true", title.getAttribute("aria-invalid"));
        assertEquals(title, browser.driver().switchTo().activeElement());
        browser.screenshot("feedback-empty-title");
        assertEquals(rows, browser.driver().findElements(By.cssSelector(".sp-fb-row")).size());
        assertTrue(browser.driver().findElements(By.cssSelector(".aui-flag")).isEmpty());

        title.clear();
        title.sendKeys("Answer the hotel's review");
        form.findElement(By.cssSelector("[type=submit]")).click();
        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-row")).size() == rows + 1 ? true : null);
        assertFalse(form.findElement(By.cssSelector(".sp-fb-title-error")).isDisplayed());
        assertTrue(((JavascriptExecutor) browser.driver()).executeScript("return document.body.textContent").toString()
                .contains("Answer the hotel's review"));
        browser.assertNoScriptErrors();
    }
}

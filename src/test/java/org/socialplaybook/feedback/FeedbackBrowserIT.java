package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/** A manager, in a real browser, creates two follow-ups in Jira in one action and sees their live statuses. */
public class FeedbackBrowserIT {
    private static final FakeJira JIRA = new FakeJira();
    private static final SandboxRule SANDBOX = new SandboxRule(c -> c.withJira(JIRA.url(), null, FakeJira.TOKEN));

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(JIRA).around(SANDBOX);

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void aManagerCreatesTwoFollowUpsInJiraInOneActionAndSeesTheirStatuses() {
        browser.openPage("marco", 1401);
        browser.waitFor(By.cssSelector(".sp-fb-table"));
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector(".sp-fb-check"));
        boxes.get(0).click();
        boxes.get(1).click();

        browser.waitFor(By.cssSelector(".sp-fb-jira-toggle")).click();
        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-project option")).size() >= 2 ? true : null);
        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-type option")).size() >= 1 ? true : null);
        assertEquals("SOC", new Select(browser.driver().findElement(By.cssSelector(".sp-fb-project"))).getFirstSelectedOption().getAttribute("value"));
        browser.screenshot("feedback-create-in-jira-form");
        browser.driver().findElement(By.cssSelector(".sp-fb-jira-submit")).click();

        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-key")).size() == 2 ? true : null);
        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-status")).size() == 2 ? true : null);
        assertEquals(2, JIRA.issues().size());
        List<WebElement> keys = browser.driver().findElements(By.cssSelector(".sp-fb-key"));
        assertEquals("SOC-1", keys.get(0).getText());
        assertTrue(keys.get(0).getAttribute("href").endsWith("/browse/SOC-1"));
        assertEquals("TO DO", browser.driver().findElements(By.cssSelector(".sp-fb-status")).get(0).getText().toUpperCase());
        browser.screenshot("feedback-created-in-jira");

        JIRA.transition("SOC-1", "Done", "done", "Done");
        browser.driver().findElement(By.cssSelector(".sp-fb-refresh")).click();

        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-status.aui-lozenge-success")).size() == 1 ? true : null);
        WebElement row = browser.driver().findElement(By.cssSelector(".sp-fb-row.sp-fb-done .sp-fb-key")).findElement(By.xpath("ancestor::tr"));
        assertTrue(row.getText().contains("Resolved in Jira".toUpperCase()) || row.getText().contains("Resolved in Jira"));
        browser.screenshot("feedback-status-refreshed");
    }

    @Test
    public void aSpaceAdminSeesTheConnectionWithoutItsToken() {
        browser.openPage("sofia", 1401);
        browser.waitFor(By.cssSelector(".sp-fb-connection-toggle")).click();

        browser.until(d -> d.findElement(By.cssSelector(".sp-fb-token-hint")).getText().isEmpty() ? null : true);
        assertEquals(JIRA.url(), browser.driver().findElement(By.cssSelector(".sp-fb-connection [name=baseUrl]")).getAttribute("value"));
        assertEquals("", browser.driver().findElement(By.cssSelector(".sp-fb-connection [name=token]")).getAttribute("value"));
        browser.driver().findElement(By.cssSelector(".sp-fb-connection-test")).click();
        browser.until(d -> d.findElement(By.cssSelector(".sp-fb-connection-result")).getText().contains("Jira Bot") ? true : null);
        assertTrue(!browser.driver().getPageSource().contains(FakeJira.TOKEN));
        browser.screenshot("feedback-jira-connection");
    }
}

package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/** People using the role matrix on the demo page in a real browser. Screenshots land in target/screenshots. */
public class RoleMatrixIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private static final long PAGE = 1101;

    private WebDriver driver() {
        return browser.driver();
    }

    private WebElement row(String activity) {
        return driver().findElement(By.xpath("//tr[contains(@class,'sp-raci-activity')][.//span[@class='sp-raci-activity-label' and text()="
                + quote(activity) + "]]"));
    }

    private String roleId(String role) {
        return driver().findElement(By.xpath("//th[contains(@class,'sp-raci-role')][.//span[@class='sp-raci-role-name' and text()="
                + quote(role) + "]]")).getAttribute("data-r");
    }

    private WebElement cell(String activity, String role) {
        return row(activity).findElement(By.cssSelector("td[data-r='" + roleId(role) + "']"));
    }

    private int problemCount() {
        List<WebElement> title = driver().findElements(By.cssSelector(".sp-raci-problems-title"));
        return title.isEmpty() ? 0 : Integer.parseInt(title.get(0).getText().replaceAll("\\D.*", ""));
    }

    private boolean hasProblemGroup(String kind) {
        return !driver().findElements(By.cssSelector(".sp-raci-problem-group[data-kind='" + kind + "']")).isEmpty();
    }

    private void waitSaved(WebElement cell, String letters) {
        browser.until(d -> letters.equals(String.valueOf(cell.getAttribute("data-l") == null ? "" : cell.getAttribute("data-l")))
                && !cell.getAttribute("class").contains("sp-raci-saving"));
    }

    @Test
    public void anEditorSetsCellsByKeyboardAndClickTheProblemsUpdateAndAReloadShowsTheSavedMatrix() {
        browser.openPage("liam", PAGE);
        browser.waitFor(By.cssSelector(".sp-raci"));
        int before = problemCount();
        assertTrue(hasProblemGroup("no-accountable"));

        browser.waitFor(By.cssSelector(".sp-raci-edit-toggle")).click();
        WebElement qa = cell("Run the weekly community Q&A", "Community manager");
        ((JavascriptExecutor) driver()).executeScript("arguments[0].focus();", qa);
        new Actions(driver()).sendKeys("a").perform();
        waitSaved(qa, "RA");
        browser.until(d -> problemCount() == before - 1);
        assertFalse(hasProblemGroup("no-accountable"));

        WebElement legal = cell("Answer a legal complaint", "Agency partner");
        legal.click();
        waitSaved(legal, "R");
        browser.until(d -> problemCount() == before - 3);
        browser.screenshot("role-matrix-editor-after-changes");

        driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".sp-raci"));
        assertEquals("RA", cell("Run the weekly community Q&A", "Community manager").getAttribute("data-l"));
        assertEquals("R", cell("Answer a legal complaint", "Agency partner").getAttribute("data-l"));
        assertEquals(before - 3, problemCount());
        assertFalse(hasProblemGroup("no-accountable"));
        assertFalse(hasProblemGroup("no-responsible"));
    }

    @Test
    public void aReaderSeesTheirOwnRolesHighlightedAndListed() {
        browser.openPage("victor", PAGE);
        browser.waitFor(By.cssSelector(".sp-raci"));
        assertTrue(driver().findElements(By.cssSelector(".sp-raci-edit-toggle")).isEmpty());

        browser.waitFor(By.cssSelector(".sp-raci-mine-toggle")).click();

        WebElement panel = browser.waitFor(By.cssSelector(".sp-raci-mine-panel"));
        assertTrue(panel.getAttribute("textContent").contains("Sales liaison"));
        assertTrue(panel.findElement(By.cssSelector(".sp-raci-mine-a")).getText().contains("Pass sales leads to the sales team"));
        WebElement mine = cell("Pass sales leads to the sales team", "Sales liaison");
        assertTrue(mine.getAttribute("class").contains("sp-raci-mine"));
        assertEquals("rgba(171, 245, 209, 1)", mine.getCssValue("background-color"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", mine);
        browser.screenshot("role-matrix-reader-my-roles");

        new org.openqa.selenium.support.ui.Select(driver().findElement(By.cssSelector(".sp-raci-filter-phase"))).selectByValue("Plan");
        assertFalse(row("Set quarterly social goals").getAttribute("hidden") != null);
        assertTrue(row("Reply to comments and DMs").getAttribute("hidden") != null);
    }

    @Test
    public void anEditorAddsARoleAndAssignsSomeoneWithThePeoplePicker() {
        browser.openPage("nora", PAGE);
        browser.waitFor(By.cssSelector(".sp-raci-edit-toggle")).click();

        WebElement input = browser.waitFor(By.cssSelector(".sp-raci-new-role"));
        input.sendKeys("Community ambassador");
        driver().findElement(By.cssSelector(".sp-raci-add-role-button")).click();
        browser.until(d -> !d.findElements(By.xpath("//span[@class='sp-raci-role-name' and text()='Community ambassador']")).isEmpty());
        driver().findElement(By.xpath("//th[contains(@class,'sp-raci-role')]//span[text()='Community ambassador']")).click();
        WebElement search = browser.waitFor(By.cssSelector(".sp-raci-role-dialog .sp-raci-person-picker input"));
        search.sendKeys("oka");
        WebElement option = browser.waitFor(By.cssSelector(".sp-raci-role-dialog .sp-picker-option"));
        assertTrue(option.getText().contains("Victor Okafor"));
        browser.screenshot("role-matrix-people-picker");
        option.click();

        browser.until(d -> textOf(By.xpath("//th[contains(@class,'sp-raci-role')][.//span[text()='Community ambassador']]"))
                .contains("Victor Okafor"));
        assertTrue(driver().findElement(By.cssSelector(".sp-raci-role-dialog .sp-raci-people-list")).getText().contains("Victor Okafor"));
    }

    @Test
    public void aStaleEditShowsWhoChangedTheMatrixAndKeepsTheirChange() {
        browser.openPage("liam", PAGE);
        browser.waitFor(By.cssSelector(".sp-raci-edit-toggle")).click();
        WebElement goals = cell("Set quarterly social goals", "Sales liaison");
        String matrixId = driver().findElement(By.cssSelector(".sp-raci")).getAttribute("data-matrix-id");
        int version = SandboxRule.json(SANDBOX.get("marco", "/role-matrices/" + matrixId)).get("version").asInt();
        assertEquals(200, SANDBOX.putJson("marco", "/role-matrices/" + matrixId + "/cells", "{\"roleId\":" + roleId("Sales liaison")
                + ",\"activityId\":" + row("Set quarterly social goals").getAttribute("data-a") + ",\"letters\":\"I\",\"version\":"
                + version + "}").statusCode());

        goals.click();

        WebElement flag = browser.waitFor(By.cssSelector(".aui-flag"));
        assertTrue(flag.getText(), flag.getText().contains("Marco Rossi changed this matrix"));
        waitSaved(goals, "C");
        browser.screenshot("role-matrix-conflict");
        driver().navigate().refresh();
        browser.waitFor(By.cssSelector(".sp-raci"));
        assertEquals("I", cell("Set quarterly social goals", "Sales liaison").getAttribute("data-l"));
    }

    /** The element's text, or "" while the script is redrawing it. */
    private String textOf(By locator) {
        try {
            return driver().findElement(locator).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    private static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}

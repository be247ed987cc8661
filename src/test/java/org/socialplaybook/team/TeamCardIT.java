package org.socialplaybook.team;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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

/** People using the team card on "Meet the social team" in a real browser. Screenshots land in target/screenshots. */
public class TeamCardIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private static final long PAGE = 1502;

    private WebDriver driver() {
        return browser.driver();
    }

    /** The element's text, or "" while the script is redrawing the card. */
    private String textOf(By locator) {
        try {
            return driver().findElement(locator).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    @Test
    public void aColleagueFromSalesAsksTheTeamSeesTheRequestOnTheCardAndTheTeamFindsItOnItsBoard() {
        browser.openPage("victor", PAGE);
        WebElement form = browser.waitFor(By.cssSelector(".sp-team-request-form"));
        assertTrue(driver().findElements(By.cssSelector(".sp-team-edit-toggle")).isEmpty());

        form.findElement(By.cssSelector(".sp-team-topic")).sendKeys("Trade fair in Bilbao next month");
        form.findElement(By.cssSelector(".sp-team-text")).sendKeys("We have a stand at the fair; could we post live from it?");
        new Select(form.findElement(By.cssSelector(".sp-team-urgency"))).selectByValue("LOW");
        form.findElement(By.cssSelector(".sp-team-send")).click();

        browser.until(d -> textOf(By.cssSelector(".sp-team-mine-table")).contains("Trade fair in Bilbao next month"));
        String mine = textOf(By.cssSelector(".sp-team-mine-table"));
        assertTrue(mine, mine.contains("Can wait"));
        assertTrue(mine, mine.contains("Trade fair in Bilbao next month Nov") || mine.contains("Trade fair in Bilbao next month"));
        assertTrue(mine, mine.toLowerCase(java.util.Locale.ROOT).contains("can wait open"));
        assertTrue("the earlier, answered demo request is there too", mine.toLowerCase(java.util.Locale.ROOT).contains("urgent done"));
        assertTrue(browser.waitFor(By.cssSelector(".aui-flag")).getText().contains("Your request is on the team's board."));
        assertEquals("", driver().findElement(By.cssSelector(".sp-team-topic")).getAttribute("value"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                driver().findElement(By.cssSelector(".sp-team-mine")));
        browser.screenshot("team-card-request-sent");

        browser.openPage("liam", 1401);
        browser.until(d -> d.getPageSource().contains("Trade fair in Bilbao next month (asked through the team card of Social Media Team)"));
    }

    @Test
    public void anEditorAddsAChannelAfterBeingToldWhyTheFirstAddressWasRefused() {
        browser.openPage("liam", PAGE);
        browser.waitFor(By.cssSelector(".sp-team-edit-toggle")).click();
        browser.waitFor(By.cssSelector(".sp-team-add-channel")).click();

        WebElement dialog = browser.waitFor(By.cssSelector("section.aui-dialog2.sp-team-channel-dialog"));
        new Select(dialog.findElement(By.cssSelector(".sp-team-channel-kind"))).selectByValue("SOCIAL");
        dialog.findElement(By.cssSelector(".sp-team-channel-label")).sendKeys("Acme on LinkedIn");
        WebElement address = dialog.findElement(By.cssSelector(".sp-team-channel-address"));
        address.sendKeys("linkedin.com/company/acme");
        dialog.findElement(By.cssSelector(".sp-dialog-submit")).click();

        WebElement error = browser.waitFor(By.cssSelector(".sp-team-channel-dialog .sp-dialog-error"));
        assertTrue(error.getText().startsWith("Give a web address starting with https://"));
        browser.screenshot("team-card-channel-refused");
        address.clear();
        address.sendKeys("https://www.linkedin.com/company/acme");
        dialog.findElement(By.cssSelector(".sp-dialog-submit")).click();

        browser.until(d -> textOf(By.cssSelector(".sp-team-channels")).contains("Acme on LinkedIn"));
        WebElement link = driver().findElement(By.linkText("Acme on LinkedIn"));
        assertEquals("https://www.linkedin.com/company/acme", link.getAttribute("href"));
        assertTrue("still editing after the redraw", driver().findElement(By.cssSelector(".sp-team-add-channel")).isDisplayed());
        browser.screenshot("team-card-editor");

        driver().findElement(By.cssSelector(".sp-team-edit-settings")).click();
        WebElement settings = browser.waitFor(By.cssSelector("section.aui-dialog2.sp-team-settings-dialog"));
        WebElement mission = settings.findElement(By.cssSelector(".sp-team-mission-input"));
        mission.clear();
        mission.sendKeys("We are Acme's voice on social, and its ears.");
        settings.findElement(By.cssSelector(".sp-team-triage-picker input")).sendKeys("gim");
        browser.waitFor(By.cssSelector(".sp-team-settings-dialog .sp-picker-option")).click();
        browser.screenshot("team-card-settings-dialog");
        settings.findElement(By.cssSelector(".sp-dialog-submit")).click();

        browser.until(d -> textOf(By.cssSelector(".sp-team-mission")).equals("We are Acme's voice on social, and its ears."));
        assertEquals("Nora Giménez", textOf(By.cssSelector(".sp-team-triage")));
    }
}

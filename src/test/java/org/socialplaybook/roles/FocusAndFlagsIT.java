package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 8, as nora (editor of the role matrix, 1101) and sofia (trainer, 1301) meet it: focus stays on the
 * picker after picking a person, and goes back to the control that opened a dialog when Escape closes it (WAI-ARIA
 * dialog pattern), never to {@code <body>}; an error flag closes on the next change that works, or after a while.
 */
public class FocusAndFlagsIT {
    private static final long MATRIX = 1101;
    private static final long TRAINING = 1301;

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private WebDriver driver() {
        return browser.driver();
    }

    private WebElement active() {
        return driver().switchTo().activeElement();
    }

    private Object script(String js) {
        return ((JavascriptExecutor) driver()).executeScript(js);
    }

    private String activeDescription() {
        return (String) ((JavascriptExecutor) driver()).executeScript(
                "var a = document.activeElement; return a.tagName + '.' + a.className + '[' + (a.getAttribute('data-r') || '') + ']';");
    }

    @Test
    public void afterPickingAPersonFocusStaysInThePickerAndEscapeReturnsToTheRoleThatOpenedTheDialog() {
        browser.openPage("nora", MATRIX);
        browser.waitFor(By.cssSelector(".sp-raci-edit-toggle")).click();
        WebElement th = browser.waitFor(By.cssSelector("th.sp-raci-role"));
        String roleId = th.getAttribute("data-r");
        th.click();
        WebElement search = browser.waitFor(By.cssSelector(".sp-raci-role-dialog .sp-raci-person-picker input"));
        search.sendKeys("oka");
        browser.waitFor(By.cssSelector(".sp-raci-role-dialog .sp-picker-option")).click();
        // read through script: the dialog redraws after the pick, so element handles go stale
        browser.until(d -> Boolean.TRUE.equals(script("var l = document.querySelector('.sp-raci-role-dialog .sp-raci-people-list');"
                + " return !!l && l.textContent.indexOf('Victor Okafor') >= 0;")) ? true : null);
        browser.until(d -> Boolean.TRUE.equals(script("var a = document.activeElement;"
                + " return !!a.closest && !!a.closest('.sp-raci-role-dialog .sp-raci-person-picker') && a.tagName === 'INPUT';")) ? true : null);

        active().sendKeys(Keys.ESCAPE);
        browser.until(d -> d.findElements(By.cssSelector(".sp-raci-role-dialog")).isEmpty() ? true : null);
        browser.until(d -> "TH".equals(active().getTagName().toUpperCase()) ? true : null);
        assertEquals(activeDescription(), roleId, active().getAttribute("data-r"));
        assertFalse("BODY".equalsIgnoreCase(active().getTagName()));
        browser.assertNoScriptErrors();
    }

    @Test
    public void escapeReturnsFocusToTheButtonThatOpenedTheTrainingDialog() {
        browser.openPage("sofia", TRAINING);
        WebElement open = browser.waitFor(By.cssSelector(".sp-training-actions .sp-training-modules-open"));
        open.click();
        browser.waitFor(By.cssSelector(".sp-training-modules-dialog"));
        active().sendKeys(Keys.ESCAPE);
        browser.until(d -> d.findElements(By.cssSelector(".sp-training-modules-dialog")).isEmpty() ? true : null);
        browser.until(d -> open.equals(active()) ? true : null);
    }

    @Test
    public void anErrorFlagClosesOnTheNextChangeThatWorksOrAfterAWhile() {
        browser.openPage("nora", MATRIX);
        browser.waitFor(By.cssSelector(".sp-raci-edit-toggle")).click();
        WebElement input = browser.waitFor(By.cssSelector(".sp-raci-new-role"));
        String existing = driver().findElement(By.cssSelector("th.sp-raci-role .sp-raci-role-name")).getText();
        By errors = By.cssSelector(".aui-flag[open] .aui-message-error");

        input.sendKeys(existing); // a role of that name exists: 400, an error flag
        driver().findElement(By.cssSelector(".sp-raci-add-role-button")).click();
        browser.until(d -> d.findElements(errors).isEmpty() ? null : true);
        browser.screenshot("flags-error-before-success");
        input.clear();
        input.sendKeys("Night editor");
        driver().findElement(By.cssSelector(".sp-raci-add-role-button")).click();
        browser.until(d -> d.findElements(By.xpath("//span[@class='sp-raci-role-name' and text()='Night editor']")).isEmpty() ? null : true);
        browser.until(d -> d.findElements(errors).isEmpty() ? true : null);

        ((JavascriptExecutor) driver()).executeScript("window.SocialPlaybook.ERROR_FLAG_MS = 1500;");
        input.clear();
        input.sendKeys("Night editor");
        driver().findElement(By.cssSelector(".sp-raci-add-role-button")).click();
        browser.until(d -> d.findElements(errors).isEmpty() ? null : true);
        browser.until(d -> d.findElements(errors).isEmpty() ? true : null);
        browser.assertNoScriptErrors();
    }
}

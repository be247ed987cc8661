package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 10, as sofia sets up a new page: Create from the header, a title, the body typed in storage format,
 * a role matrix inserted at the cursor through the editor's macro browser (which first asks for the required
 * matrix name), Publish; the new page is in the page list and its role matrix renders.
 */
public class CreatePageIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private String body() {
        return browser.driver().findElement(By.id("storage")).getAttribute("value");
    }

    @Test
    public void sofiaCreatesAPageInsertsARoleMatrixThroughTheMacroBrowserAndItRenders() {
        browser.openPage("sofia", 1001);
        browser.waitFor(By.id("create-page-button")).click();
        browser.waitFor(By.id("content-title")).sendKeys("Launch plan");
        assertEquals("the page it was opened from is the parent", "1001",
                browser.driver().findElement(By.id("parentPageId")).getAttribute("value"));
        browser.driver().findElement(By.id("storage")).sendKeys("<p>Who does what for the January launch.</p>\n");

        browser.driver().findElement(By.id("sandbox-insert-macro")).click();
        browser.waitFor(By.cssSelector("#sandbox-macro-role-matrix > summary")).click();
        WebElement insert = browser.waitFor(By.cssSelector("#sandbox-macro-role-matrix .sandbox-macro-insert"));
        assertTrue(browser.driver().findElement(By.id("sandbox-macro-role-matrix-overload-desc")).getText()
                .contains("overload · int"));
        insert.click();
        assertTrue("an empty required name is flagged",
                browser.waitFor(By.id("sandbox-macro-role-matrix-name-error")).getText().contains("Matrix name is required"));
        assertFalse("nothing is inserted without the name", body().contains("ac:structured-macro"));
        browser.driver().findElement(By.id("sandbox-macro-role-matrix-name")).sendKeys("Launch roles");
        assertFalse("typing the name clears its error",
                browser.driver().findElement(By.id("sandbox-macro-role-matrix-name-error")).isDisplayed());
        browser.driver().findElement(By.id("sandbox-macro-role-matrix-compact")).click();
        browser.screenshot("create-page-macro-browser");
        insert.click();

        String body = body();
        assertEquals("<p>Who does what for the January launch.</p>\n"
                + "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\">\n"
                + "  <ac:parameter ac:name=\"name\">Launch roles</ac:parameter>\n"
                + "  <ac:parameter ac:name=\"compact\">true</ac:parameter>\n"
                + "  <ac:rich-text-body></ac:rich-text-body>\n"
                + "</ac:structured-macro>\n", body);
        assertTrue(browser.driver().findElement(By.id("sandbox-macro-status")).getText().contains("inserted at the cursor"));
        assertEquals("storage", browser.driver().switchTo().activeElement().getAttribute("id"));
        browser.driver().findElement(By.id("rte-button-publish")).click();

        assertEquals("Launch plan", browser.waitFor(By.id("title-text")).getText());
        WebElement matrix = browser.waitFor(By.cssSelector("#main-content section.sp-raci.sp-raci-compact"));
        assertTrue(matrix.getAttribute("aria-label"), matrix.getAttribute("aria-label").contains("Launch roles"));
        assertTrue(browser.driver().findElements(By.cssSelector("#main-content .conf-macro-error")).isEmpty());
        assertFalse("the empty body is no body to import", matrix.getText().contains("The macro body is not read"));
        assertTrue(browser.driver().findElement(By.id("main-content")).getText().contains("Who does what for the January launch."));
        assertEquals(1, browser.driver().findElements(By.xpath("//nav//a[normalize-space()='Launch plan']")).size());
        browser.screenshot("create-page-role-matrix");
        browser.assertNoScriptErrors();
    }
}

package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/** A person opens the sandbox in a real browser, picks a demo user, and sees the plugin's output on a page. */
public class SandboxSmokeIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void aSpaceAdminSeesThePlaybookOverviewRenderedByThePluginOnTheHomePage() throws Exception {
        browser.openPage("sofia", 1001);

        browser.waitFor(By.cssSelector(".sp-overview"));
        assertEquals("Social Playbook", browser.driver().findElement(By.id("title-text")).getText());
        assertEquals(8, browser.driver().findElements(By.cssSelector(".sp-step")).size());
        assertTrue(browser.driver().findElement(By.cssSelector(".sp-step[data-step='3'] h3")).getText()
                .contains("Clearly defined roles"));
        assertEquals("Sofía Ramos — Head of Social (space admin)",
                browser.driver().findElement(By.cssSelector("#sandbox-user option:checked")).getText());
        Path shot = browser.screenshot("sandbox-home-sofia");
        assertTrue(Files.size(shot) > 10_000);
    }

    @Test
    public void aSpanishSpeakingMemberSeesTheSamePageInSpanish() {
        browser.openPage("nora", 1001);

        browser.waitFor(By.cssSelector(".sp-overview"));
        assertTrue(browser.driver().findElement(By.cssSelector(".sp-overview h2")).getText().contains("Nuestro manual social"));
        assertTrue(browser.driver().findElement(By.cssSelector(".sp-step[data-step='8'] h3")).getText()
                .contains("Proporcionar pautas"));
        browser.screenshot("sandbox-home-nora-es");
    }

    @Test
    public void aScriptErrorInThePageFailsTheBrowserTest() throws Exception {
        browser.openPage("liam", 1001);
        browser.waitFor(By.cssSelector(".sp-overview"));

        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("setTimeout(function () { throw new Error('broken macro script'); }, 0);");
        Thread.sleep(300);

        try {
            browser.assertNoScriptErrors();
            org.junit.Assert.fail("a script error must be reported");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("broken macro script"));
        }
    }

    @Test
    public void anEditorsScriptOnerrorAndJavascriptLinkInAPageBodyDoNotRunForAViewer() {
        long pageId = SANDBOX.sandbox().pages().create("SOCIAL", "Sanitised page", null,
                "<h2>Welcome</h2><p><strong>Bold</strong> text<script>window.__owned = 'script';</script></p>"
                        + "<img src=\"missing.png\" onerror=\"window.__owned = 'onerror'\"/>"
                        + "<p><a id=\"evil\" href=\"javascript:window.__owned='link'\">Open</a></p>",
                SANDBOX.userKey("liam"), java.time.Instant.now()).id();

        browser.openPage("victor", pageId);
        browser.waitFor(By.cssSelector("#main-content h2"));
        browser.driver().findElement(By.linkText("Open")).click();

        Object owned = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.__owned;");
        assertEquals(null, owned);
        assertEquals("Bold", browser.driver().findElement(By.cssSelector("#main-content strong")).getText());
    }

    @Test
    public void anAnonymousVisitorIsAskedToChooseADemoUser() {
        browser.driver().get(SANDBOX.baseUrl() + "/pages/viewpage.action?pageId=1001");

        browser.waitFor(By.id("login-liam")).click();

        browser.waitFor(By.cssSelector(".sp-overview"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/pages/viewpage.action?pageId=1001"));
    }
}

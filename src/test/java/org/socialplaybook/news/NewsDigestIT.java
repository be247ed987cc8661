package org.socialplaybook.news;

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

/** A person in a real browser: shares a headline on "News & sources", then previews this week's digest. */
public class NewsDigestIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void anEditorSharesAHeadlineAndSeesItAtTheTopOfTheList() {
        browser.openPage("liam", 1503);
        browser.waitFor(By.cssSelector(".sp-news-add-toggle")).click();
        WebElement form = browser.waitFor(By.cssSelector(".sp-news-headline-form"));
        form.findElement(By.name("title")).sendKeys("TikTok adds comment filters for brands");
        form.findElement(By.name("url")).sendKeys("https://news.example.com/tiktok-comment-filters");
        form.findElement(By.name("summary")).sendKeys("Lets us hide abuse before it spreads; try on the care account.");
        form.findElement(By.name("tag")).sendKeys("platforms");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        browser.until(d -> d.findElements(By.cssSelector(".sp-news-item .sp-news-title")).stream()
                .anyMatch(e -> e.getText().equals("TikTok adds comment filters for brands")));
        WebElement first = browser.waitFor(By.cssSelector(".sp-news-item"));
        assertEquals("TikTok adds comment filters for brands", first.findElement(By.cssSelector(".sp-news-title")).getText());
        assertTrue(first.getText().contains("added by Liam Chen"));
        browser.screenshot("news-1-editor-shared-headline");
    }

    @Test
    public void aReaderPreviewsThisWeeksDigestWithTheirOwnOpenItemsInSpanish() {
        browser.openPage("nora", 1504);
        WebElement toggle = browser.waitFor(By.cssSelector(".sp-digest-preview-toggle"));
        assertFalse(browser.driver().findElement(By.cssSelector(".sp-digest-preview")).isDisplayed());

        toggle.click();

        WebElement preview = browser.waitFor(By.cssSelector(".sp-digest-preview"));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(preview.getText().contains("Pendiente para ti"));
        assertTrue(preview.getText().contains("Pauta por aceptar"));
        assertTrue(browser.driver().findElement(By.cssSelector(".sp-digest-archive")).getText().contains("W"));
        browser.screenshot("news-2-reader-preview-es");
    }

    @Test
    public void aSpaceAdminPublishesNowAndNothingIsPublishedTwice() {
        browser.openPage("sofia", 1504);
        browser.waitFor(By.cssSelector(".sp-digest-settings"));
        int rows = browser.driver().findElements(By.cssSelector(".sp-digest-archive tbody tr")).size();

        browser.waitFor(By.cssSelector(".sp-digest-publish")).click();

        browser.until(d -> d.findElements(By.cssSelector(".aui-flag")).stream()
                .anyMatch(f -> f.getText().contains("already published; nothing was published twice")));
        browser.screenshot("news-3-admin-publish-now");
        assertEquals(rows, browser.driver().findElements(By.cssSelector(".sp-digest-archive tbody tr")).size());
        assertEquals("the button can be used again", null,
                browser.driver().findElement(By.cssSelector(".sp-digest-publish")).getAttribute("disabled"));
    }
}

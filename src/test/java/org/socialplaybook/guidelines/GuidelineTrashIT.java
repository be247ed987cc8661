package org.socialplaybook.guidelines;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * In a real browser: the space admin moves the guidelines page to the trash from the page's tools; the overview on
 * the space home and Nora's "My guidelines" drop its guidelines; restored from the trash, they come back.
 */
public class GuidelineTrashIT {
    private static final long HOME = 1001;

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private String content(String user, long pageId) {
        browser.openPage(user, pageId);
        return browser.waitFor(By.id("main-content")).getText();
    }

    @Test
    public void trashingTheGuidelinesPageDropsItsGuidelinesFromTheOverviewAndMyGuidelinesAndRestoringBringsThemBack() {
        assertTrue(content("sofia", HOME).contains("6 guidelines; 61% of the acknowledgements they ask for are in"));
        String mine = content("nora", GuidelineSandbox.MY_GUIDELINES_PAGE);
        assertTrue(mine, mine.contains("3 pautas te esperan"));

        browser.openPage("sofia", GuidelineSandbox.GUIDELINES_PAGE);
        browser.waitFor(By.id("trashPageLink")).click();
        browser.waitFor(By.id("sandbox-trashed"));
        browser.screenshot("lifecycle-1-guidelines-page-trashed");

        String overviewWhileTrashed = content("sofia", HOME);
        assertFalse(overviewWhileTrashed, overviewWhileTrashed.contains("6 guidelines"));
        browser.screenshot("lifecycle-2-overview-without-guidelines");
        String mineWhileTrashed = content("nora", GuidelineSandbox.MY_GUIDELINES_PAGE);
        assertTrue(mineWhileTrashed, mineWhileTrashed.contains("Estás al día"));
        assertFalse(mineWhileTrashed, mineWhileTrashed.contains("pautas te esperan"));
        browser.screenshot("lifecycle-3-my-guidelines-empty");

        browser.openPage("sofia", GuidelineSandbox.GUIDELINES_PAGE);
        browser.waitFor(By.id("restorePageLink")).click();
        browser.until(d -> d.findElements(By.id("sandbox-trashed")).isEmpty() ? true : null);

        assertTrue(content("sofia", HOME).contains("6 guidelines; 61% of the acknowledgements they ask for are in"));
        String mineRestored = content("nora", GuidelineSandbox.MY_GUIDELINES_PAGE);
        assertTrue(mineRestored, mineRestored.contains("3 pautas te esperan; 2 tienen el plazo vencido."));
        browser.screenshot("lifecycle-4-my-guidelines-restored");
        browser.assertNoScriptErrors();
    }
}

package org.socialplaybook.roles;

import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 9, as victor reads the role matrix (1101): scrolled to the end, the matrix's scroll box shows its
 * last row whole (it clipped "I'll own this · 1 offer"); at 768 px the sandbox's page list no longer takes a 240 px
 * column from the page.
 */
public class LayoutIT {
    private static final long MATRIX = 1101;

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastRow() {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var box = document.querySelector('.sp-raci-scroll');"
                        + "box.scrollTop = box.scrollHeight; box.scrollLeft = 0;"
                        + "var rows = box.querySelectorAll('tbody tr'); var last = rows[rows.length - 1];"
                        + "var b = box.getBoundingClientRect(); var r = last.getBoundingClientRect();"
                        + "var top = b.top + box.clientTop;"
                        + "return {rowBottom: r.bottom, boxBottom: top + box.clientHeight, text: last.textContent,"
                        + " scrollTop: box.scrollTop, max: box.scrollHeight - box.clientHeight};");
    }

    private void assertLastRowWhole(String when) {
        browser.until(d -> d.findElements(By.cssSelector(".sp-raci-scroll tbody tr")).size() > 3 ? true : null);
        Map<String, Object> m = lastRow();
        double rowBottom = ((Number) m.get("rowBottom")).doubleValue();
        double boxBottom = ((Number) m.get("boxBottom")).doubleValue();
        assertTrue(when + ": the last row ends at " + rowBottom + ", the box shows up to " + boxBottom + " " + m,
                rowBottom <= boxBottom + 0.5);
    }

    @Test
    public void theMatrixShowsItsLastRowWholeAndTheSidebarFoldsAt768Pixels() {
        browser.driver().manage().window().setSize(new Dimension(1366, 860));
        browser.openPage("victor", MATRIX);
        browser.waitFor(By.cssSelector(".sp-raci-scroll"));
        assertLastRowWhole("1366 px");

        browser.openPage("sofia", MATRIX); // an editor: the last row also carries "1 offer"
        browser.waitFor(By.cssSelector(".sp-raci-scroll"));
        assertLastRowWhole("1366 px, editor");
        @SuppressWarnings("unchecked")
        Map<String, Object> th = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var rows = document.querySelectorAll('.sp-raci-scroll tbody tr'); var th = rows[rows.length - 1].querySelector('th');"
                        + "var r = th.getBoundingClientRect(); var right = 0;"
                        + "th.querySelectorAll('*').forEach(function (e) { right = Math.max(right, e.getBoundingClientRect().right); });"
                        + "return {thRight: r.right, contentRight: right, scroll: th.scrollWidth, client: th.clientWidth, text: th.textContent};");
        assertTrue("the last activity's header overflows: " + th,
                ((Number) th.get("contentRight")).doubleValue() <= ((Number) th.get("thRight")).doubleValue() + 0.5);
        browser.screenshot("layout-role-matrix-last-row");

        browser.driver().manage().window().setSize(new Dimension(768, 900));
        browser.openPage("victor", MATRIX);
        browser.waitFor(By.cssSelector(".sp-raci-scroll"));
        Number left = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('content').getBoundingClientRect().left;");
        assertTrue("the page starts " + left + " px from the left at 768 px", left.doubleValue() < 40);
        Number width = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('content').getBoundingClientRect().width;");
        assertTrue("the page is " + width + " px wide at 768 px", width.doubleValue() > 700);
        assertLastRowWhole("768 px");
        browser.screenshot("layout-768-role-matrix");
        browser.assertNoScriptErrors();
    }
}

package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.ClassRule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15's accessibility check: axe-core (Deque's engine, bundled in com.deque.html.axe-core:selenium) runs in
 * Chromium on every demo page, as an editor (sofia) and as a view-only reader (victor), once the page's scripts have
 * drawn it. No page may have a serious or critical violation (WCAG 2.x A/AA and axe's best practices, all rules on);
 * the figures per page (violations by impact) are printed, and every serious or critical one is listed with the
 * elements it hit.
 */
public class AccessibilityIT {
    private static final List<String> USERS = List.of("sofia", "victor");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @org.junit.Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void everyDemoPageHasNoSeriousOrCriticalViolationForAnEditorOrAReader() {
        List<String> blocking = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        int checked = 0;
        for (String user : USERS) {
            for (PageStore.StoredPage page : SANDBOX.sandbox().pages().all()) {
                browser.openPage(user, page.id());
                browser.waitFor(By.id("footer"));
                settle();
                Results results = new AxeBuilder().analyze(browser.driver());
                assertFalse(page.title() + ": axe failed: " + results.getErrorMessage(), results.isErrored());
                checked++;

                Map<String, Integer> byImpact = new TreeMap<>();
                for (Rule rule : results.getViolations()) {
                    int nodes = rule.getNodes().size();
                    byImpact.merge(rule.getImpact(), nodes, Integer::sum);
                    if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                        for (CheckedNode node : rule.getNodes()) {
                            blocking.add(page.title() + " (" + page.id() + ") as " + user + ": " + rule.getImpact() + " "
                                    + rule.getId() + " at " + node.getTarget() + " " + abbreviate(node.getHtml()));
                        }
                    }
                }
                StringBuilder line = new StringBuilder(String.format("%-32s %-7s", page.title() + " (" + page.id() + ")", user));
                for (String impact : IMPACTS) {
                    line.append(String.format(" %s %d", impact, byImpact.getOrDefault(impact, 0)));
                }
                line.append(String.format("  (%d rules passed)", results.getPasses().size()));
                figures.add(line.toString());
            }
        }
        System.out.println("axe-core violations (elements) by impact, per demo page and user:");
        figures.forEach(f -> System.out.println("  " + f));
        blocking.forEach(b -> System.out.println("  ! " + b));

        assertTrue("pages checked: " + checked, checked >= 2 * 12);
        assertEquals("serious or critical accessibility violations", List.of(), blocking);
    }

    /** Waits until the page's scripts have drawn it: the document loaded and no jQuery request left in flight. */
    private void settle() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.until(d -> Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete'"
                + " && (!window.jQuery || jQuery.active === 0);")) ? true : null);
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.until(d -> Boolean.TRUE.equals(js.executeScript("return !window.jQuery || jQuery.active === 0;")) ? true : null);
    }

    private static String abbreviate(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}

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
                String where = page.title() + " (" + page.id() + ")";
                figures.add(String.format("%-60s %s", where + " as " + user, check(where + " as " + user, blocking)));
                checked++;
            }
        }
        System.out.println("axe-core violations (elements) by impact, per demo page and user:");
        figures.forEach(f -> System.out.println("  " + f));
        blocking.forEach(b -> System.out.println("  ! " + b));

        assertTrue("pages checked: " + checked, checked >= 2 * 12);
        assertEquals("serious or critical accessibility violations", List.of(), blocking);
    }

    /**
     * What an editor opens on the demo pages (edit modes, the forms behind a toggle, the tracker's modules dialog) is
     * checked too, once drawn: a page can pass as it loads and fail once someone starts working on it.
     */
    @Test
    public void theEditorsOpenedEditModesFormsAndDialogsHaveNoSeriousOrCriticalViolation() {
        Map<String, String> opened = new java.util.LinkedHashMap<>();
        opened.put("1101 .sp-raci-edit-toggle", ".sp-raci-editbar");
        opened.put("1501 .sp-goals-edit-toggle", ".sp-goals-new-goal");
        opened.put("1502 .sp-team-edit-toggle", ".sp-team-editing");
        opened.put("1301 .sp-training-modules-open", ".sp-training-modules-dialog");
        opened.put("1401 .sp-fb-add-toggle", "form.sp-fb-add");
        opened.put("1401 .sp-fb-feedback-toggle", "form.sp-fb-feedback-form");
        opened.put("1401 .sp-fb-connection-toggle", "form.sp-fb-connection");
        List<String> blocking = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (Map.Entry<String, String> state : opened.entrySet()) {
            String[] pageAndControl = state.getKey().split(" ");
            browser.openPage("sofia", Long.parseLong(pageAndControl[0]));
            browser.waitFor(By.id("footer"));
            settle();
            browser.waitFor(By.cssSelector(pageAndControl[1])).click();
            browser.waitFor(By.cssSelector(state.getValue()));
            settle();
            figures.add(String.format("%-48s %s", state.getKey(), check(state.getKey() + " as sofia", blocking)));
        }
        System.out.println("axe-core violations (elements) by impact, in what an editor opens:");
        figures.forEach(f -> System.out.println("  " + f));
        blocking.forEach(b -> System.out.println("  ! " + b));

        assertEquals("serious or critical accessibility violations", List.of(), blocking);
    }

    /** Runs axe on the page as it is now; adds each serious or critical element to blocking; returns the figures. */
    private String check(String where, List<String> blocking) {
        Results results = new AxeBuilder().analyze(browser.driver());
        assertFalse(where + ": axe failed: " + results.getErrorMessage(), results.isErrored());
        Map<String, Integer> byImpact = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (Rule rule : results.getViolations()) {
            byImpact.merge(rule.getImpact(), rule.getNodes().size(), Integer::sum);
            byRule.merge(rule.getId(), rule.getNodes().size(), Integer::sum);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    blocking.add(where + ": " + rule.getImpact() + " " + rule.getId() + " at " + node.getTarget() + " "
                            + abbreviate(node.getHtml()));
                }
            }
        }
        StringBuilder line = new StringBuilder();
        for (String impact : IMPACTS) {
            line.append(String.format("%s %d ", impact, byImpact.getOrDefault(impact, 0)));
        }
        return line.append(String.format("(%d rules passed; violated: %s)", results.getPasses().size(), byRule)).toString();
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

package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * column from the page. Also as nora (Spanish, longer labels) on a compact matrix whose last activity carries "Me encargo
 * yo · 2 ofertas", at 1024, 1280 and 1366 px and heights down to 560 px: the last row stays whole and nothing in its
 * header is cut (no clipping reproduced there in December 2026, so roles.css is unchanged).
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
        Map<String, Object> th = lastActivityHeader();
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

    /** The home page (1001) becomes a compact matrix whose last activity has no A and two offers to own it. */
    private static void compactMatrixWithTwoOffersOnTheLastRow() {
        StringBuilder table = new StringBuilder("<table><tr><th>Fase</th><th>Actividad</th><th>Agente de atención al cliente</th>"
                + "<th>Responsable de marca y comunicación</th><th>Analista de escucha social</th></tr>");
        for (int i = 1; i <= 12; i++) {
            table.append("<tr><td>").append(i <= 6 ? "Planificar" : "Atender").append("</td><td>Actividad número ").append(i)
                    .append(" con un nombre largo en español</td><td>R</td><td>A</td><td>C</td></tr>");
        }
        table.append("<tr><td>Escalar</td><td>Responder a una reclamación legal que se hace viral</td><td>R</td><td></td><td>I</td></tr>");
        SANDBOX.sandbox().pages().save(1001, "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"name\">Compacta</ac:parameter><ac:parameter ac:name=\"compact\">true</ac:parameter>"
                + "<ac:rich-text-body>" + table.append("</table>") + "</ac:rich-text-body></ac:structured-macro>", "liam", Instant.now());
        Matcher id = Pattern.compile("data-matrix-id=\"(\\d+)\"").matcher(SANDBOX.viewPage("liam", 1001));
        assertTrue(id.find());
        String path = "/role-matrices/" + id.group(1);
        JsonNode activities = SandboxRule.json(SANDBOX.get("liam", path)).get("activities");
        int last = activities.get(activities.size() - 1).get("id").asInt();
        for (String user : List.of("victor", "marco")) {
            assertEquals(200, SANDBOX.postJson(user, path + "/proposals", "{\"activityId\":" + last + "}").statusCode());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastActivityHeader() {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var rows = document.querySelectorAll('.sp-raci-scroll tbody tr'); var th = rows[rows.length - 1].querySelector('th');"
                        + "var r = th.getBoundingClientRect(); var right = 0; var bottom = 0; var inner = 0;"
                        + "th.querySelectorAll('*').forEach(function (e) { var b = e.getBoundingClientRect();"
                        + " right = Math.max(right, b.right); bottom = Math.max(bottom, b.bottom);"
                        + " if (e.clientWidth > 0) { inner = Math.max(inner, e.scrollWidth - e.clientWidth, e.scrollHeight - e.clientHeight); } });"
                        + "document.querySelector('.sp-raci-scroll').scrollIntoView({block: 'end'});"
                        + "return {thRight: r.right, thBottom: r.bottom, contentRight: right, contentBottom: bottom, inner: inner,"
                        + " text: th.textContent};");
    }

    @Test
    public void inSpanishAndCompactTheLastRowWithTwoOffersStaysWholeAtLaptopSizes() {
        compactMatrixWithTwoOffersOnTheLastRow();
        List<String> clipped = new ArrayList<>();
        int[][] sizes = {{1024, 768}, {1024, 560}, {1280, 720}, {1280, 600}, {1366, 768}, {1366, 620}};
        for (int[] size : sizes) {
            browser.driver().manage().window().setSize(new Dimension(size[0], size[1]));
            browser.openPage("nora", 1001);
            browser.waitFor(By.cssSelector(".sp-raci-compact .sp-raci-offer-count"));
            String when = size[0] + "x" + size[1];
            assertLastRowWhole(when);
            Map<String, Object> th = lastActivityHeader();
            assertTrue(when + ": " + th, String.valueOf(th.get("text")).contains("2 ofertas"));
            if (((Number) th.get("contentRight")).doubleValue() > ((Number) th.get("thRight")).doubleValue() + 0.5
                    || ((Number) th.get("contentBottom")).doubleValue() > ((Number) th.get("thBottom")).doubleValue() + 0.5
                    || ((Number) th.get("inner")).doubleValue() > 1) {
                clipped.add(when + " " + th);
            }
            browser.screenshot("layout-compact-es-" + when);
        }

        assertEquals("the last activity's header holds its offers, none of its parts cut: " + clipped, List.of(), clipped);
        browser.assertNoScriptErrors();
    }
}

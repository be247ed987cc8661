package org.socialplaybook.myplaybook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * My playbook as Nora (Spanish) with items from two spaces, acknowledging from there: she opens it from the link in
 * the header's user menu, sees guidelines and training of the demo space and of Customer Care, accepts the Customer
 * Care guideline in place, and after a reload it is gone (and the guideline's own page says she accepted it). Under
 * the list, the objectives she contributes to, the one at risk first.
 */
public class MyPlaybookIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private static final String CARE_GUIDELINE = "The first reply within one hour";

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("tr.sp-my-playbook-row"));
    }

    private WebElement row(String title) {
        return rows().stream().filter(r -> r.findElement(By.tagName("td")).getText().equals(title)).findFirst().orElse(null);
    }

    private List<String> spaces() {
        return browser.driver().findElements(By.cssSelector("td.sp-my-playbook-space")).stream()
                .map(WebElement::getText).distinct().sorted().toList();
    }

    @Test
    public void myPlaybookAsNoraInSpanishWithItemsFromTwoSpacesAcknowledgingFromThere() {
        browser.openPage("nora", 1001);
        browser.waitFor(By.id("social-playbook-my-playbook")).click();
        browser.waitFor(By.cssSelector("section.sp-my-playbook"));

        assertEquals("Mi playbook", browser.driver().findElement(By.id("sp-my-playbook-title")).getText());
        assertEquals(List.of("Customer Care", "Social Media Team"), spaces());
        int before = rows().size();
        WebElement care = row(CARE_GUIDELINE);
        assertTrue(care.getAttribute("class").contains("sp-overdue"));
        assertEquals("the objective at risk she contributes to comes first", "EN RIESGO", browser.driver()
                .findElement(By.cssSelector("tr.sp-my-playbook-objective .aui-lozenge")).getText().toUpperCase());
        browser.screenshot("my-playbook-1-nora");

        care.findElement(By.cssSelector("button.sp-my-playbook-action")).click();

        browser.waitFor(By.cssSelector("tr.sp-my-playbook-row-done .sp-my-playbook-done-lozenge"));
        assertEquals("HECHO", row(CARE_GUIDELINE).findElement(By.cssSelector(".sp-my-playbook-done-lozenge")).getText().toUpperCase());
        browser.screenshot("my-playbook-2-acknowledged");
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("section.sp-my-playbook"));
        assertEquals(before - 1, rows().size());
        assertEquals(null, row(CARE_GUIDELINE));
        browser.assertNoScriptErrors();

        browser.openPage("nora", 2001);
        WebElement block = browser.waitFor(By.cssSelector("#guideline-first-reply[data-ready='true']"));
        assertEquals("ACEPTADA", block.findElement(By.cssSelector(".sp-guideline-state")).getText().toUpperCase());
    }
}

package org.socialplaybook.overview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 13, item 3: sofia (a Confluence administrator) creates a space from the Social playbook space blueprint; the
 * space's home shows the overview at 0 of 8 with what to do next for each step, every step's page renders its macro
 * without an error, a reader of the new space sees the overview without the admin's next steps, and a bad key
 * creates nothing.
 */
public class SpaceBlueprintIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    private void createSpace(String name, String key) {
        browser.loginAs("sofia", "/admin/users.action");
        browser.waitFor(By.id("create-space-name")).sendKeys(name);
        browser.driver().findElement(By.id("create-space-key")).sendKeys(key);
        browser.driver().findElement(By.id("create-space-submit")).click();
    }

    private String main() {
        return browser.waitFor(By.id("main-content")).getText();
    }

    private void assertNoMacroError(String title) {
        assertTrue(title + ": a macro failed",
                browser.driver().findElements(By.cssSelector("#main-content .conf-macro-error, #main-content .sp-error")).isEmpty());
    }

    @Test
    public void aSpaceCreatedFromTheBlueprintHasEveryPageRenderingAndTheOverviewAtZeroOfEightWithNextSteps() {
        createSpace("Launch team", "LAUNCH");

        assertEquals("Launch team", browser.waitFor(By.id("title-text")).getText());
        WebElement overview = browser.waitFor(By.cssSelector("#main-content section.sp-overview"));
        assertEquals("0", overview.getAttribute("data-in-place"));
        assertTrue(overview.findElement(By.cssSelector(".sp-ring-text")).getText().contains("0/8"));
        List<WebElement> steps = overview.findElements(By.cssSelector("li.sp-step"));
        assertEquals(8, steps.size());
        for (WebElement step : steps) {
            assertTrue("step " + step.getAttribute("data-step") + " says what to do next",
                    step.findElement(By.cssSelector(".sp-step-next")).getText().startsWith("What to do next:"));
        }
        WebElement training = overview.findElement(By.cssSelector("li.sp-step[data-step='4']"));
        assertTrue(training.getText().contains("Add the training programme's modules"));
        List<WebElement> notStartedLinks = overview.findElements(By.cssSelector("li.sp-step-not_started .sp-step-next-link"));
        assertFalse("not-started steps link to creating a page", notStartedLinks.isEmpty());
        assertTrue(notStartedLinks.get(0).getAttribute("href").endsWith("/pages/createpage.action?spaceKey=LAUNCH"));
        assertNoMacroError("home");
        browser.screenshot("space-blueprint-home");

        List<PageStore.StoredPage> pages = SANDBOX.sandbox().pages().inSpace("LAUNCH");
        assertEquals("home and seven step pages", 8, pages.size());
        long homeId = pages.get(0).id();
        String[][] expected = {
                {"Roles and responsibilities", "section.sp-raci", "Set the team's social goals"},
                {"Guidelines", "#main-content .sp-guideline, #main-content [class*='sp-guideline']", "How we post on behalf of the team"},
                {"Training", "#main-content [class*='sp-training']", "Team essentials"},
                {"Feedback and follow-ups", "#main-content [class*='sp-fb']", ""},
                {"Goals and context", "#main-content [class*='sp-goals']", ""},
                {"Meet the team", "#main-content [class*='sp-team']", "Our team"},
                {"News and sources", "#main-content [class*='sp-news']", ""}};
        for (int i = 0; i < expected.length; i++) {
            PageStore.StoredPage page = pages.get(i + 1);
            assertEquals(expected[i][0], page.title());
            assertEquals("a child of the home page", Long.valueOf(homeId), page.parentId());
            browser.openPage("sofia", page.id());
            assertEquals(expected[i][0], browser.waitFor(By.id("title-text")).getText());
            browser.waitFor(By.cssSelector(expected[i][1]));
            assertTrue(expected[i][0], main().contains(expected[i][2]));
            assertNoMacroError(expected[i][0]);
            if (expected[i][0].equals("Training")) {
                assertTrue("two starter modules", main().contains("Our social media basics")
                        && main().contains("Answering customers in public"));
            }
            browser.screenshot("space-blueprint-" + (i + 1));
        }

        browser.openPage("sofia", homeId);
        WebElement after = browser.waitFor(By.cssSelector("#main-content section.sp-overview"));
        assertEquals("seeded, not yet in place", "0", after.getAttribute("data-in-place"));
        assertEquals("every step not in place still says what to do next", 8,
                after.findElements(By.cssSelector(".sp-step-next")).size());

        browser.openPage("victor", homeId);
        WebElement reader = browser.waitFor(By.cssSelector("#main-content section.sp-overview"));
        assertEquals(8, reader.findElements(By.cssSelector("li.sp-step")).size());
        assertTrue("next steps are for the space's admins",
                reader.findElements(By.cssSelector(".sp-step-next")).isEmpty());
        browser.assertNoScriptErrors();
    }

    @Test
    public void aBadOrTakenKeyCreatesNothingAndSaysWhy() {
        createSpace("Bad key", "not a key");

        assertTrue(browser.waitFor(By.id("create-space-error")).getText()
                .contains("The space key \"not a key\" is not valid"));
        assertEquals("the name is kept", "Bad key",
                browser.driver().findElement(By.id("create-space-name")).getAttribute("value"));
        assertTrue(SANDBOX.sandbox().pages().inSpace("not a key").isEmpty());

        createSpace("Care again", "CARE");

        assertTrue(browser.waitFor(By.id("create-space-error")).getText()
                .contains("A space with the key \"CARE\" already exists."));
        assertEquals("the CARE space keeps its one page", 1, SANDBOX.sandbox().pages().inSpace("CARE").size());
        browser.assertNoScriptErrors();
    }

    @Test
    public void aSpanishAdminGetsEveryPageInSpanishAndEveryMacroRendersWithoutAnError() {
        // sofia chooses Spanish in her profile (Confluence's Settings, Language); the blueprint follows her language
        SANDBOX.sandbox().directory().changeLanguage("sofia", Locale.forLanguageTag("es"));
        try {
            createSpace("Equipo de lanzamiento", "LANZA");

            assertEquals("Equipo de lanzamiento", browser.waitFor(By.id("title-text")).getText());
            WebElement overview = browser.waitFor(By.cssSelector("#main-content section.sp-overview"));
            assertEquals("0", overview.getAttribute("data-in-place"));
            assertTrue(main().contains("Te damos la bienvenida al playbook social de tu equipo."));
            assertTrue(main().contains("Dónde estamos"));
            assertNoMacroError("inicio");

            List<PageStore.StoredPage> pages = SANDBOX.sandbox().pages().inSpace("LANZA");
            assertEquals(8, pages.size());
            String[][] expected = {
                    {"Roles y responsabilidades", "section.sp-raci", "Redactar y programar publicaciones"},
                    {"Pautas", "#main-content [class*='sp-guideline']", "Cómo publicamos en nombre del equipo"},
                    {"Formación", "#main-content [class*='sp-training']", "Lo básico de nuestras redes sociales"},
                    {"Feedback y seguimientos", "#main-content [class*='sp-fb']", "La formación no termina cuando acaba la sesión."},
                    {"Objetivos y contexto", "#main-content [class*='sp-goals']", "¿Para qué estamos en redes sociales?"},
                    {"Conoce al equipo", "#main-content [class*='sp-team']", "Nuestro equipo"},
                    {"Noticias y fuentes", "#main-content [class*='sp-news']", "Social Media Examiner"}};
            for (int i = 0; i < expected.length; i++) {
                PageStore.StoredPage page = pages.get(i + 1);
                assertEquals(expected[i][0], page.title());
                browser.openPage("sofia", page.id());
                browser.waitFor(By.cssSelector(expected[i][1]));
                assertTrue(expected[i][0] + " shows " + expected[i][2], main().contains(expected[i][2]));
                assertNoMacroError(expected[i][0]);
                assertTrue(expected[i][0] + ": no matrix warning", browser.driver().findElements(By.cssSelector(
                        "#main-content .sp-goals-matrix-warning, #main-content .sp-team-matrix-warning, "
                                + "#main-content .sp-training-warning")).isEmpty());
                if (i == 0) {
                    assertTrue(main().contains("Gestor de comunidad") && main().contains("Roles del equipo"));
                }
            }
            browser.screenshot("space-blueprint-es-news");
            browser.assertNoScriptErrors();
        } finally {
            SANDBOX.sandbox().directory().changeLanguage("sofia", Locale.ENGLISH);
        }
    }
}

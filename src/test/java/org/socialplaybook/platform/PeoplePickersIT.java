package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 5: people are picked by name, not typed as exact usernames. Marco names himself the owner of a
 * follow-up on the feedback board (1401) by typing "mar"; Sofía records feedback about Nora by typing "gim", and picks
 * the Monday digest's readers and reader groups (1504) the same way.
 */
public class PeoplePickersIT {
    private static final long BOARD = 1401;
    private static final long DIGEST = 1504;

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void marcoPicksHimselfAsTheFollowUpOwnerByTypingMarAndTheBoardShowsHim() {
        browser.openPage("marco", BOARD);
        browser.waitFor(By.cssSelector(".sp-fb-table"));
        int rows = browser.driver().findElements(By.cssSelector(".sp-fb-row")).size();
        browser.driver().findElement(By.cssSelector(".sp-fb-add-toggle")).click();
        WebElement form = browser.waitFor(By.cssSelector(".sp-fb-add"));
        form.findElement(By.cssSelector(".sp-fb-title")).sendKeys("Call the hotel's manager back");
        WebElement owner = form.findElement(By.cssSelector(".sp-fb-owner .sp-picker-input"));
        WebElement label = form.findElement(By.cssSelector(".sp-fb-owner-group label"));
        assertEquals("Owner", label.getText());
        assertEquals(label.getAttribute("for"), owner.getAttribute("id"));
        assertEquals("Type a name…", owner.getAttribute("placeholder"));

        owner.sendKeys("mar");
        form.findElement(By.cssSelector("[type=submit]")).click();
        WebElement error = form.findElement(By.cssSelector(".sp-fb-owner-error"));
        browser.until(d -> error.isDisplayed() ? true : null);
        assertEquals("Pick the owner from the list: type part of their name and choose them.", error.getText());
        assertEquals(rows, browser.driver().findElements(By.cssSelector(".sp-fb-row")).size());

        owner.sendKeys(" "); // typing again (the trimmed text is still "mar") opens the list
        owner.sendKeys(Keys.BACK_SPACE);
        browser.until(d -> option(d.findElement(By.cssSelector(".sp-fb-owner")), "Marco Rossi"));
        browser.screenshot("pickers-1-owner-mar");
        choose(".sp-fb-owner", "Marco Rossi");
        assertEquals("Marco Rossi", owner.getAttribute("value"));
        form.findElement(By.cssSelector("[type=submit]")).click();

        browser.until(d -> d.findElements(By.cssSelector(".sp-fb-row")).size() == rows + 1 ? true : null);
        WebElement row = browser.until(d -> d.findElements(By.cssSelector(".sp-fb-row")).stream()
                .filter(r -> r.getText().contains("Call the hotel's manager back")).findFirst().orElse(null));
        assertEquals("Marco Rossi", row.findElement(By.cssSelector("td.sp-fb-title + td")).getText());
        assertEquals("", owner.getAttribute("value"));
        browser.screenshot("pickers-2-owner-shown");
        browser.assertNoScriptErrors();
    }

    @Test
    public void feedbackAboutAPersonNamesThemWithThePickerAndAboutATrainingWithText() {
        browser.openPage("sofia", BOARD);
        browser.waitFor(By.cssSelector(".sp-fb-table"));
        browser.driver().findElement(By.cssSelector(".sp-fb-feedback-toggle")).click();
        WebElement form = browser.waitFor(By.cssSelector(".sp-fb-feedback-form"));
        WebElement person = form.findElement(By.cssSelector(".sp-fb-subject-person .sp-picker-input"));
        WebElement text = form.findElement(By.cssSelector("input.sp-fb-subject"));
        assertTrue(person.isDisplayed());
        assertFalse(text.isDisplayed());
        new Select(form.findElement(By.name("about"))).selectByValue("TRAINING");
        assertTrue(text.isDisplayed());
        assertFalse(person.isDisplayed());
        new Select(form.findElement(By.name("about"))).selectByValue("PERSON");

        form.findElement(By.name("text")).sendKeys("Calm, clear replies all through the outage.");
        form.findElement(By.cssSelector("[type=submit]")).click();
        WebElement error = form.findElement(By.cssSelector(".sp-fb-subject-error"));
        browser.until(d -> error.isDisplayed() ? true : null);
        assertEquals("Pick the person from the list: type part of their name and choose them.", error.getText());

        person.sendKeys("gim");
        choose(".sp-fb-subject-person", "Nora Giménez");
        form.findElement(By.cssSelector("[type=submit]")).click();

        WebElement item = browser.until(d -> d.findElements(By.cssSelector(".sp-fb-item")).stream()
                .filter(i -> i.getText().contains("Calm, clear replies all through the outage.")).findFirst().orElse(null));
        assertEquals("Nora Giménez", item.findElement(By.cssSelector(".sp-fb-about strong")).getText());
        browser.assertNoScriptErrors();
    }

    @Test
    public void sofiaPicksTheDigestsReadersAndReaderGroupsByName() {
        browser.openPage("sofia", DIGEST);
        WebElement settings = browser.waitFor(By.cssSelector(".sp-digest-settings"));
        assertEquals(List.of("Marco Rossi"), labels(settings, ".sp-digest-readers"));
        assertEquals(List.of("social-team"), labels(settings, ".sp-digest-groups"));
        assertTrue(browser.driver().findElement(By.cssSelector(".sp-digest-status")).getText().contains("4 people read it"));
        assertEquals("Type a name…", settings.findElement(By.cssSelector(".sp-digest-readers .sp-picker-input")).getAttribute("placeholder"));
        assertEquals("Type a group name…", settings.findElement(By.cssSelector(".sp-digest-groups .sp-picker-input")).getAttribute("placeholder"));
        assertTrue(settings.getText().contains("Type part of a group's name and pick it"));

        pick(settings, ".sp-digest-readers", "vic", "Victor Okafor");
        pick(settings, ".sp-digest-readers", "li", "Liam Chen");
        settings.findElement(By.cssSelector(".sp-digest-readers [aria-label='Remove Liam Chen']")).click();
        pick(settings, ".sp-digest-groups", "care", "customer-care");
        assertEquals(List.of("Marco Rossi", "Victor Okafor"), labels(settings, ".sp-digest-readers"));
        assertEquals(List.of("social-team", "customer-care"), labels(settings, ".sp-digest-groups"));
        browser.screenshot("pickers-3-digest-readers");
        settings.findElement(By.cssSelector("button[type=submit]")).click();

        browser.until(d -> d.findElement(By.cssSelector(".sp-digest-status")).getText().contains("5 people read it") ? true : null);
        WebElement saved = browser.waitFor(By.cssSelector(".sp-digest-settings"));
        assertEquals(List.of("Marco Rossi", "Victor Okafor"), labels(saved, ".sp-digest-readers"));
        assertEquals(List.of("social-team", "customer-care"), labels(saved, ".sp-digest-groups"));
        browser.assertNoScriptErrors();
    }

    private void pick(WebElement form, String list, String typed, String name) {
        WebElement input = form.findElement(By.cssSelector(list + " .sp-picker-input"));
        input.sendKeys(typed);
        choose(".sp-digest-settings " + list, name);
        browser.until(d -> labels(form, list).contains(name) ? true : null);
        assertEquals("", input.getAttribute("value"));
    }

    /** Clicks the picker's option with that name; a list redrawn by a later answer is simply asked again. */
    private void choose(String picker, String name) {
        browser.until(d -> {
            WebElement option = option(d.findElement(By.cssSelector(picker)), name);
            if (option == null) {
                return null;
            }
            option.click();
            return true;
        });
    }

    private static WebElement option(WebElement picker, String name) {
        return picker.findElements(By.cssSelector(".sp-picker-option")).stream()
                .filter(o -> o.findElement(By.cssSelector(".sp-picker-name")).getText().equals(name)).findFirst().orElse(null);
    }

    private static List<String> labels(WebElement form, String list) {
        return form.findElements(By.cssSelector(list + " .sp-picked-label")).stream().map(WebElement::getText).toList();
    }
}

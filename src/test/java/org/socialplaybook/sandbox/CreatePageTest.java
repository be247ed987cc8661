package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15, item 10: Confluence's "Create" in the sandbox. Editors of the demo space create a page (title, optional
 * parent, body in storage format) with the form's atl_token; it lands in the database-backed page store and in the
 * page list. Readers cannot; bad input is a 400 with the form's error and creates nothing.
 */
public class CreatePageTest {
    private static final String FORM = "/pages/createpage.action?spaceKey=SOCIAL&fromPageId=1101";

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    private HttpResponse<String> create(String user, String token, String title, String parent, String storage) {
        StringBuilder body = new StringBuilder("spaceKey=SOCIAL");
        if (token != null) {
            body.append("&atl_token=").append(token);
        }
        body.append("&title=").append(URLEncoder.encode(title, StandardCharsets.UTF_8))
                .append("&parentPageId=").append(parent)
                .append("&storage=").append(URLEncoder.encode(storage, StandardCharsets.UTF_8));
        return sandbox.send(sandbox.page(user, "/pages/docreatepage.action")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private String token(String user) {
        return field(sandbox.send(sandbox.page(user, FORM).GET()).body(), "atl_token");
    }

    @Test
    public void anEditorCreatesAPageUnderAParentThatEveryoneThenSeesInThePageList() {
        String form = sandbox.send(sandbox.page("liam", FORM).GET()).body();
        assertTrue("the page it was opened from is the preselected parent",
                form.contains("<option value=\"1101\" selected>Roles &amp; responsibilities</option>"));
        assertTrue("the editor lists the plugin's macros", form.contains("id=\"sandbox-macro-role-matrix\""));

        HttpResponse<String> created = create("liam", field(form, "atl_token"), "Launch plan", "1101",
                "<p>What we launch in January.</p>");

        assertEquals(302, created.statusCode());
        PageStore.StoredPage page = sandbox.sandbox().pages().findByTitle("Launch plan").orElseThrow();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("pageId=" + page.id()));
        assertEquals(Long.valueOf(1101), page.parentId());
        assertEquals("liam", page.lastModifiedBy());
        assertEquals(1, page.version());
        String html = sandbox.viewPage("victor", page.id());
        assertTrue(html.contains("<p>What we launch in January.</p>"));
        assertTrue(html.contains(">Launch plan</a></li>"));
        assertTrue(sandbox.viewPage("victor", 1001).contains(">Launch plan</a></li>"));
    }

    @Test
    public void aPageWithoutParentGoesToTheTopOfTheSpace() {
        HttpResponse<String> created = create("nora", token("nora"), "Notas de turno", "0", "");

        assertEquals(302, created.statusCode());
        PageStore.StoredPage page = sandbox.sandbox().pages().findByTitle("Notas de turno").orElseThrow();
        assertEquals(null, page.parentId());
        assertEquals("<p></p>", page.storage());
    }

    @Test
    public void aReaderGetsNoCreateButtonNoFormAndCannotPost() {
        int pages = sandbox.sandbox().pages().all().size();

        assertFalse(sandbox.viewPage("victor", 1001).contains("id=\"create-page-button\""));
        assertTrue(sandbox.viewPage("liam", 1001).contains("id=\"create-page-button\""));
        assertEquals(403, sandbox.send(sandbox.page("victor", FORM).GET()).statusCode());
        assertEquals(403, create("victor", token("liam"), "Victor's page", "0", "<p>x</p>").statusCode());
        assertEquals(401, create(null, token("liam"), "Anonymous page", "0", "<p>x</p>").statusCode());
        assertEquals(pages, sandbox.sandbox().pages().all().size());
    }

    @Test
    public void aPostWithoutTheFormsTokenOrWithSomeoneElsesIsRefusedAndCreatesNothing() {
        int pages = sandbox.sandbox().pages().all().size();

        assertEquals(403, create("liam", null, "Forged", "0", "<p>x</p>").statusCode());
        assertEquals(403, create("liam", token("marco"), "Forged", "0", "<p>x</p>").statusCode());
        assertEquals(pages, sandbox.sandbox().pages().all().size());
        assertTrue(sandbox.sandbox().pages().findByTitle("Forged").isEmpty());
    }

    @Test
    public void aBlankTakenOrOverlongTitleOrAnUnknownParentIsA400WithTheFormsErrorAndCreatesNothing() {
        String token = token("liam");
        int pages = sandbox.sandbox().pages().all().size();

        HttpResponse<String> blank = create("liam", token, "   ", "1101", "<p>kept</p>");
        HttpResponse<String> taken = create("liam", token, "roles & RESPONSIBILITIES", "0", "<p>x</p>");
        HttpResponse<String> tooLong = create("liam", token, "x".repeat(256), "0", "<p>x</p>");
        HttpResponse<String> noParent = create("liam", token, "Orphan", "424242", "<p>x</p>");
        HttpResponse<String> badParent = create("liam", token, "Orphan", "abc", "<p>x</p>");

        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("Give the page a title."));
        assertTrue("what was typed is kept", blank.body().contains("&lt;p&gt;kept&lt;/p&gt;"));
        assertTrue(blank.body().contains("<option value=\"1101\" selected>"));
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("A page with this title already exists in this space."));
        assertEquals(400, tooLong.statusCode());
        assertEquals(400, noParent.statusCode());
        assertTrue(noParent.body().contains("The parent page does not exist or you cannot see it."));
        assertEquals(400, badParent.statusCode());
        assertEquals(pages, sandbox.sandbox().pages().all().size());
    }

    @Test
    public void theFormSpeaksTheUsersLanguage() {
        String form = sandbox.send(sandbox.page("nora", FORM).GET()).body();

        assertTrue(form.contains("Crear una página en"));
        assertTrue(form.contains("Insertar macro"));
        assertTrue(form.contains("Matriz"));
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertTrue("no " + name + " in the form", m.find());
        return m.group(1);
    }
}

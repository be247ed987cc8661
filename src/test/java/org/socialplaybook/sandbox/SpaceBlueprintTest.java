package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 13, item 3, over HTTP: the sandbox's "Create space from the Social playbook blueprint" is for Confluence
 * administrators with the form's atl_token; bad input is a 400 with the message on the form and creates nothing; the
 * new space has the blueprint's pages, its creator as admin and the demo space's permissions for everyone else.
 */
public class SpaceBlueprintTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static String token(String user) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"")
                .matcher(SANDBOX.send(SANDBOX.page(user, "/admin/users.action").GET()).body());
        assertTrue("no atl_token on the admin page", m.find());
        return m.group(1);
    }

    private static HttpResponse<String> create(String user, String token, String key, String name) {
        String body = (token == null ? "" : "atl_token=" + token + "&") + "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        return SANDBOX.send(SANDBOX.page(user, "/admin/createspace.action")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    public void anAdministratorCreatesTheSpaceWithItsPagesAndPermissions() {
        HttpResponse<String> created = create("sofia", token("sofia"), "ONBOARD", "Onboarding <team>");

        assertEquals(302, created.statusCode());
        List<PageStore.StoredPage> pages = SANDBOX.sandbox().pages().inSpace("ONBOARD");
        assertEquals(8, pages.size());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("pageId=" + pages.get(0).id()));
        assertEquals("Onboarding <team>", pages.get(0).title());
        assertTrue(pages.get(0).storage().contains("ac:name=\"playbook-overview\""));
        HttpResponse<String> home = SANDBOX.send(SANDBOX.page("victor", "/pages/viewpage.action?pageId=" + pages.get(0).id()).GET());
        assertEquals("a demo-space reader may read it", 200, home.statusCode());
        assertTrue("the name is escaped", home.body().contains("Onboarding &lt;team&gt;"));
        assertTrue("its creator administers it", home.body().contains("sp-overview")
                && SANDBOX.send(SANDBOX.page("sofia", "/pages/viewpage.action?pageId=" + pages.get(0).id()).GET())
                .body().contains("sp-step-next"));
        assertTrue("a reader gets no next steps", !home.body().contains("sp-step-next"));
        Directory directory = SANDBOX.sandbox().directory();
        assertEquals(Directory.Access.ADMIN, directory.spaceAccess("ONBOARD", "sofia"));
        assertEquals("the demo space's scheme", Directory.Access.EDIT, directory.spaceAccess("ONBOARD", "liam"));
        assertEquals(Directory.Access.VIEW, directory.spaceAccess("ONBOARD", "victor"));
    }

    @Test
    public void badInputIsA400WithItsMessageAndCreatesNothing() {
        String token = token("sofia");

        HttpResponse<String> badKey = create("sofia", token, "on board", "Onboarding");
        HttpResponse<String> noName = create("sofia", token, "NONAME", "  ");
        HttpResponse<String> taken = create("sofia", token, "SOCIAL", "Again");

        assertEquals(400, badKey.statusCode());
        assertTrue(badKey.body().contains("The space key &quot;on board&quot; is not valid"));
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("Give the space a name"));
        assertEquals(400, taken.statusCode());
        assertTrue(taken.body().contains("A space with the key &quot;SOCIAL&quot; already exists."));
        assertTrue(SANDBOX.sandbox().pages().inSpace("NONAME").isEmpty());
        assertTrue(SANDBOX.sandbox().pages().inSpace("on board").isEmpty());
    }

    @Test
    public void onlyAdministratorsWithTheFormsTokenMayCreateASpace() {
        assertEquals(403, create("sofia", null, "NOTOKEN", "No token").statusCode());
        assertEquals(403, create("liam", "forged", "NOTADMIN", "Not an admin").statusCode());
        assertEquals(403, SANDBOX.send(SANDBOX.page("liam", "/admin/users.action").GET()).statusCode());

        assertTrue(SANDBOX.sandbox().pages().inSpace("NOTOKEN").isEmpty());
        assertTrue(SANDBOX.sandbox().pages().inSpace("NOTADMIN").isEmpty());
    }
}

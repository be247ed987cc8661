package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.platform.I18nBundles;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.sandbox.pages.SpaceBlueprints;
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

    // --- languages: the templates' at:i18n elements in the creator's language ---

    private static final String BLUEPRINT = "playbook-space-blueprint";
    private static final Pattern AT_KEY = Pattern.compile("at:key=\"([^\"]*)\"");

    private static SpaceBlueprints blueprints() {
        Sandbox sandbox = SANDBOX.sandbox();
        return new SpaceBlueprints(sandbox.descriptor(), sandbox.directory(), sandbox.pages(),
                new SandboxI18n(sandbox.descriptor().i18nLocation(), new RequestContext()));
    }

    private static Directory.User user(String username) {
        return SANDBOX.sandbox().directory().byUsername(username).orElseThrow();
    }

    /** The English texts of the template keys that Spanish says differently (proper names are the same in both). */
    private static List<String> englishTemplateTexts() {
        Properties en = I18nBundles.load(I18nBundles.ENGLISH);
        Properties es = I18nBundles.load(I18nBundles.SPANISH);
        List<String> texts = new ArrayList<>();
        for (String location : blueprints().templateLocations(BLUEPRINT)) {
            Matcher m = AT_KEY.matcher(readTemplate(location));
            while (m.find()) {
                String english = new java.text.MessageFormat(en.getProperty(m.group(1))).format(new Object[0]);
                if (!english.equals(new java.text.MessageFormat(es.getProperty(m.group(1))).format(new Object[0]))) {
                    texts.add(english);
                }
            }
        }
        return texts;
    }

    private static String readTemplate(String location) {
        try (java.io.InputStream in = SpaceBlueprintTest.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String page(SpaceBlueprints.CreatedSpace space, int index, String user) {
        String html = SANDBOX.viewPage(user, space.pages().get(index).id());
        assertFalse(space.pages().get(index).title() + ": a macro failed",
                html.contains("conf-macro-error") || html.contains("aui-message-error sp-error"));
        return html;
    }

    @Test
    public void everyKeyOfEveryTemplateIsInBothBundlesAndTheTemplatesHaveNoOtherWords() {
        Set<String> english = I18nBundles.keys(I18nBundles.ENGLISH);
        Set<String> spanish = I18nBundles.keys(I18nBundles.SPANISH);
        List<String> locations = blueprints().templateLocations(BLUEPRINT);
        assertEquals(8, locations.size());
        int keys = 0;
        for (String location : locations) {
            String template = readTemplate(location);
            Matcher m = AT_KEY.matcher(template);
            while (m.find()) {
                keys++;
                assertTrue(location + ": " + m.group(1) + " in English", english.contains(m.group(1)));
                assertTrue(location + ": " + m.group(1) + " in Spanish", spanish.contains(m.group(1)));
            }
            // what is left once the at:i18n elements and the markup go: identifiers, URLs, numbers and RACI letters
            String words = template.replaceAll("<at:i18n[^>]*/>", " ").replaceAll("<[^>]*>", " ")
                    .replaceAll("https?://\\S+", " ").replaceAll("[|;]", " ").trim();
            for (String word : words.split("\\s+")) {
                assertTrue(location + ": \"" + word + "\" is not translated", word.isEmpty()
                        || word.matches("[RACI](/[RACI])?|\\d+|followups|headlines|digest|working-together|should|confluence-users|team-essentials"));
            }
        }
        assertTrue("the scan found the templates' keys", keys > 30);
    }

    @Test
    public void aTemplateWithAnUnknownKeyIsRefusedAndNoMarkupIsLeft() {
        SpaceBlueprints blueprints = blueprints();
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> blueprints.translate(
                "<p><at:i18n at:key=\"social-playbook.blueprint.template.nope\"/></p>", Locale.ENGLISH, "test.xml"));
        assertTrue(unknown.getMessage().contains("social-playbook.blueprint.template.nope"));
        assertThrows(IllegalStateException.class, () -> blueprints.translate("<p><at:var at:name=\"x\"/></p>",
                Locale.ENGLISH, "test.xml"));
        assertEquals("XML-escaped, also inside a parameter",
                "<ac:parameter ac:name=\"title\">The starter source &quot;{0}&quot; has more than a name, a link and a kind: "
                        + "use name | https://link or name | https://link | feed.</ac:parameter>",
                blueprints.translate("<ac:parameter ac:name=\"title\"><at:i18n at:key=\"social-playbook.news.error.starter-invalid\">"
                        + "</at:i18n></ac:parameter>", Locale.ENGLISH, "test.xml"));
    }

    @Test
    public void createdAsNoraEveryPageIsInSpanishAndTheMacrosFindTheSpanishNamedMatrix() {
        SpaceBlueprints.CreatedSpace space = blueprints().create(BLUEPRINT, "EQUIPO", "Equipo social", user("nora"));

        List<String> english = englishTemplateTexts();
        assertTrue(english.contains("Who does what on our social channels. Every activity needs exactly one"));
        assertEquals(8, space.pages().size());
        for (PageStore.StoredPage p : space.pages()) {
            assertFalse(p.title() + " keeps template markup", p.storage().contains("<at:") || p.storage().contains("at:key"));
            for (String sentence : english) {
                assertFalse(p.title() + " has English: " + sentence, p.storage().contains(sentence));
            }
        }
        assertEquals("Roles y responsabilidades", space.pages().get(1).title());
        assertTrue(space.pages().get(1).storage().contains("<ac:parameter ac:name=\"name\">Roles del equipo</ac:parameter>"));

        String roles = page(space, 1, "nora");
        for (String text : List.of("Gestor de comunidad", "Líder de contenidos", "Líder del equipo",
                "Fijar los objetivos sociales del equipo", "Redactar y programar publicaciones",
                "Responder a comentarios y mensajes", "Roles del equipo")) {
            assertTrue("the matrix shows " + text, roles.contains(text));
        }
        assertFalse(roles.contains("Community manager"));
        String guidelines = page(space, 2, "nora");
        assertTrue(guidelines.contains("Cómo publicamos en nombre del equipo"));
        String training = page(space, 3, "nora");
        assertTrue(training.contains("Fundamentos del equipo"));
        assertTrue("the two starter modules, in Spanish", training.contains("Lo básico de nuestras redes sociales")
                && training.contains("Responder a los clientes en público"));
        assertFalse("the programme finds the matrix", training.contains("sp-training-warning"));
        String goals = page(space, 5, "nora");
        assertFalse("the goals find the matrix", goals.contains("sp-goals-matrix-warning") || goals.contains("no hay ninguna matriz"));
        String team = page(space, 6, "nora");
        assertFalse("the team card finds the matrix", team.contains("sp-team-matrix-warning"));
        assertTrue(team.contains("Nuestro equipo"));
        String news = page(space, 7, "nora");
        assertTrue("the starter source", news.contains("Social Media Examiner")
                && news.contains("href=\"https://www.socialmediaexaminer.com/\""));
        assertFalse("a manual source is not read, so never an error", news.contains("sp-news-source-error"));
        assertTrue(news.contains("servidores de canales permitidos"));
        assertTrue("the digest, off, with its settings (allowed hosts included) for the space's admin",
                news.contains("sp-digest-hosts-" + space.pages().get(7).id()));
        assertFalse("an editor gets no settings", page(space, 7, "liam").contains("sp-digest-hosts-"));
    }

    @Test
    public void createdAsAnEnglishUserTheSpaceIsInEnglish() {
        SpaceBlueprints.CreatedSpace space = blueprints().create(BLUEPRINT, "ENGLISH", "English team", user("sofia"));

        for (PageStore.StoredPage p : space.pages()) {
            assertFalse(p.title(), p.storage().contains("<at:"));
        }
        assertTrue(space.pages().get(0).storage().contains("Welcome to your team&#39;s social playbook."));
        String roles = page(space, 1, "sofia");
        assertTrue(roles.contains("Community manager") && roles.contains("Write and schedule posts"));
        assertTrue(page(space, 3, "sofia").contains("Our social media basics"));
        assertFalse(page(space, 5, "sofia").contains("sp-goals-matrix-warning"));
        assertTrue(page(space, 6, "sofia").contains("Our team"));
    }

    // --- the starter source of the news page ---

    private static int sourceCount(long pageId) {
        return SandboxRule.json(SANDBOX.get("sofia", "/news/" + pageId + "/sources")).size();
    }

    @Test
    public void theStarterSourceIsReadOnceAndAStarterFeedNeedsItsHostAllowed() {
        SpaceBlueprints.CreatedSpace space = blueprints().create(BLUEPRINT, "NEWSY", "News team", user("sofia"));
        long news = space.pages().get(7).id();
        PageStore.StoredPage feedPage = SANDBOX.sandbox().pages().create("NEWSY", "Feeds", space.home().id(),
                "<ac:structured-macro ac:name=\"news-digest\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"starter-sources\">Example | https://feeds.example.com/rss | feed</ac:parameter>"
                        + "</ac:structured-macro>", "sofia", java.time.Instant.now());

        String refused = SANDBOX.viewPage("sofia", feedPage.id());
        assertTrue("the source form's 400, translated", refused.contains("Feeds from feeds.example.com are not allowed in this space."));
        assertEquals("nothing added", 0, sourceCount(news));

        assertTrue("step 7 not started yet (and the overview cached)",
                SANDBOX.viewPage("sofia", space.home().id()).contains("sp-step sp-step-not_started\" data-step=\"7\""));
        String shown = SANDBOX.viewPage("sofia", news);
        assertTrue(shown.contains("Social Media Examiner"));
        assertTrue("the starter source, added on a view, starts step 7 on the overview at once",
                SANDBOX.viewPage("sofia", space.home().id()).contains("sp-step sp-step-started\" data-step=\"7\""));
        assertFalse(shown.contains("conf-macro-error") || shown.contains("sp-news-source-error"));
        com.fasterxml.jackson.databind.JsonNode sources = SandboxRule.json(SANDBOX.get("sofia", "/news/" + news + "/sources"));
        assertEquals(1, sources.size());
        assertEquals("MANUAL", sources.get(0).get("kind").asText());
        SANDBOX.viewPage("liam", news);
        assertEquals("read once, also when viewed again", 1, sourceCount(news));

        HttpResponse<String> removed = SANDBOX.send(SANDBOX.rest("sofia", "/news/" + news + "/sources/"
                + sources.get(0).get("id").asInt()).header("X-Atlassian-Token", "no-check").DELETE());
        assertEquals(removed.body(), 204, removed.statusCode());
        SANDBOX.viewPage("sofia", news);
        assertEquals("not added again once removed", 0, sourceCount(news));

        SpaceBlueprints.CreatedSpace bad = blueprints().create(BLUEPRINT, "BADSTART", "Bad start", user("sofia"));
        long badNews = bad.pages().get(7).id();
        SANDBOX.sandbox().pages().save(badNews, bad.pages().get(7).storage()
                .replace("| https://www.socialmediaexaminer.com/", "| ftp://example.com/"), "sofia", java.time.Instant.now());
        assertTrue("a bad link: the form's message", SANDBOX.viewPage("sofia", badNews).contains("aui-message-error"));
        assertEquals(0, sourceCount(badNews));
    }
}

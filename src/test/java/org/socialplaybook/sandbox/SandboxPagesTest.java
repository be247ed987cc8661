package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/** The demo space behaves like Confluence pages: permissions, editing in storage format, versions. */
public class SandboxPagesTest {
    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void aReaderSeesThePageButNoEditButton() {
        String html = sandbox.viewPage("victor", 1001);

        assertTrue(html.contains("class=\"sp-overview\""));
        assertFalse(html.contains("id=\"editPageLink\""));
    }

    @Test
    public void anAnonymousVisitorIsSentToTheDemoUserChooser() {
        HttpResponse<String> response = sandbox.send(sandbox.page(null, "/pages/viewpage.action?pageId=1001").GET());

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/sandbox/login"));
    }

    @Test
    public void anEditorSavesANewVersionThatEveryoneThenSees() {
        String form = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1001").GET()).body();
        String token = field(form, "atl_token");

        HttpResponse<String> saved = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1001")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token + "&storage=%3Cp%3EUpdated+by+Liam%3C%2Fp%3E")));

        assertEquals(302, saved.statusCode());
        String html = sandbox.viewPage("victor", 1001);
        assertTrue(html.contains("<p>Updated by Liam</p>"));
        assertTrue(html.contains("Version 2, last updated by Liam Chen"));
    }

    @Test
    public void ofTwoEditorsWhoOpenedTheSameVersionTheSecondToSaveGetsAConflictAndLosesNothingSilently() {
        String liamForm = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1101").GET()).body();
        String noraForm = sandbox.send(sandbox.page("nora", "/pages/editpage.action?pageId=1101").GET()).body();
        String version = field(liamForm, "originalVersion");
        assertEquals(version, field(noraForm, "originalVersion"));

        HttpResponse<String> first = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1101")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + field(liamForm, "atl_token") + "&originalVersion="
                        + version + "&storage=%3Cp%3EFirst+save%3C%2Fp%3E")));
        HttpResponse<String> second = sandbox.send(sandbox.page("nora", "/pages/editpage.action?pageId=1101")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + field(noraForm, "atl_token") + "&originalVersion="
                        + version + "&storage=%3Cp%3ESecond+save%3C%2Fp%3E")));

        assertEquals(302, first.statusCode());
        assertEquals(409, second.statusCode());
        assertTrue(second.body(), second.body().contains("Alguien guardó esta página"));
        String html = sandbox.viewPage("victor", 1101);
        assertTrue(html.contains("<p>First save</p>"));
        assertFalse(html.contains("Second save"));
    }

    @Test
    public void anEditWithoutTheFormTokenIsRefusedAndChangesNothing() {
        HttpResponse<String> response = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1001")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("storage=%3Cp%3Ehijacked%3C%2Fp%3E")));

        assertEquals(403, response.statusCode());
        assertFalse(sandbox.viewPage("liam", 1001).contains("hijacked"));
    }

    @Test
    public void aReaderCannotOpenTheEditor() {
        assertEquals(403, sandbox.send(sandbox.page("victor", "/pages/editpage.action?pageId=1001").GET()).statusCode());
    }

    @Test
    public void anUnknownPageIsA404() {
        assertEquals(404, sandbox.send(sandbox.page("sofia", "/pages/viewpage.action?pageId=999999").GET()).statusCode());
    }

    @Test
    public void anEditorsScriptOrOnerrorInThePageBodyNeverReachesAViewer() {
        String form = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1001").GET()).body();
        String storage = "<p>Hello<script>document.title='owned'</script></p><img src=\"x\" onerror=\"alert(document.cookie)\"/>"
                + "<a href=\"javascript:alert(1)\">Open</a>";

        HttpResponse<String> saved = sandbox.send(sandbox.page("liam", "/pages/editpage.action?pageId=1001")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + field(form, "atl_token") + "&storage="
                        + java.net.URLEncoder.encode(storage, java.nio.charset.StandardCharsets.UTF_8))));

        assertEquals(302, saved.statusCode());
        String html = sandbox.viewPage("victor", 1001);
        assertTrue(html.contains("<p>Hello</p><img src=\"x\"><a>Open</a>"));
        assertFalse(html.contains("owned"));
        assertFalse(html.contains("onerror"));
        assertFalse(html.contains("javascript:alert"));
    }

    @Test
    public void everyDemoPageStillRendersItsMacrosAndFormattingWithoutAnError() {
        for (var page : sandbox.sandbox().pages().all()) {
            String html = sandbox.viewPage("sofia", page.id());

            assertFalse(page.title(), html.contains("conf-macro-error"));
            int macros = page.storage().split("<ac:structured-macro", -1).length - 1;
            int rendered = html.split("class=\"conf-macro output-", -1).length - 1;
            assertEquals(page.title() + " renders all its macros", macros, rendered);
            org.jsoup.nodes.Document outsideMacros = org.jsoup.Jsoup.parse(page.storage(), "", org.jsoup.parser.Parser.xmlParser());
            outsideMacros.select("ac|structured-macro").remove();
            for (String tag : new String[] {"<table", "<strong>", "<h2>", "<li>", "<em>", "<th colspan"}) {
                assertTrue(page.title() + " keeps " + tag, !outsideMacros.outerHtml().contains(tag) || html.contains(tag));
            }
        }
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertTrue("no " + name + " in the form", m.find());
        return m.group(1);
    }
}

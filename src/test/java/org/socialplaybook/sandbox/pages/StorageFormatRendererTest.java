package org.socialplaybook.sandbox.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class StorageFormatRendererTest {
    private final List<String> calls = new ArrayList<>();

    private final Macro echo = new Macro() {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            calls.add(parameters + "|" + body + "|" + context.getSpaceKey() + "|" + context.getEntity().getId());
            return "<b>echo</b>";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.RICH_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    };

    private final Macro failing = new Macro() {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context)
                throws MacroExecutionException {
            throw new MacroExecutionException("<script>bad</script>");
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    };

    /** A plugin macro whose output uses markup a page body may not: its output is the plugin's and stays whole. */
    private final Macro widget = new Macro() {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            return "<form class=\"sp-form\"><button type=\"button\" data-action=\"save\">Save</button></form>";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    };

    private final StorageFormatRenderer renderer = new StorageFormatRenderer(
            name -> switch (name) {
                case "echo" -> Optional.of(echo);
                case "failing" -> Optional.of(failing);
                case "widget" -> Optional.of(widget);
                default -> Optional.empty();
            },
            key -> key.equals("k1") ? "Ana <Admin>" : null,
            title -> title.equals("Home") ? "/pages/viewpage.action?pageId=1" : null);

    private ConversionContext context() {
        Page page = new Page();
        page.setId(42);
        return new StorageFormatRenderer.Context(page, "SOCIAL", "display");
    }

    @Test
    public void aMacroGetsItsParametersItsRenderedBodyAndThePageContext() {
        String html = renderer.render("<ac:structured-macro ac:name=\"echo\"><ac:parameter ac:name=\"name\">Care &amp; Co</ac:parameter>"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"k1\"/></ac:parameter>"
                + "<ac:rich-text-body><p>Hello <em>team</em></p></ac:rich-text-body></ac:structured-macro>", context());

        assertEquals(List.of("{name=Care & Co, owner=k1}|<p>Hello <em>team</em></p>|SOCIAL|42"), calls);
        assertTrue(html.contains("<b>echo</b>"));
        assertTrue(html.contains("data-macro-name=\"echo\""));
    }

    @Test
    public void nestedMacrosInABodyAreRenderedBeforeTheOuterMacroSeesIt() {
        renderer.render("<ac:structured-macro ac:name=\"echo\"><ac:rich-text-body><ac:structured-macro ac:name=\"echo\">"
                + "<ac:rich-text-body><p>inner</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>", context());

        assertEquals(2, calls.size());
        assertTrue(calls.get(1).contains("<b>echo</b>"));
    }

    @Test
    public void anUnknownMacroIsAVisibleErrorAndTheRestOfThePageStillRenders() {
        String html = renderer.render("<p>before</p><ac:structured-macro ac:name=\"nope\"/><p>after</p>", context());

        assertTrue(html.contains("Unknown macro: nope"));
        assertTrue(html.contains("<p>before</p>"));
        assertTrue(html.contains("<p>after</p>"));
    }

    @Test
    public void aFailingMacroShowsAnEscapedErrorBox() {
        String html = renderer.render("<ac:structured-macro ac:name=\"failing\"/>", context());

        assertTrue(html.contains("aui-message-error"));
        assertTrue(html.contains("&lt;script&gt;bad&lt;/script&gt;"));
    }

    @Test
    public void userMentionsAndPageLinksBecomeNamesAndLinksWithTextEscaped() {
        String html = renderer.render("<p><ac:link><ri:user ri:userkey=\"k1\"/></ac:link> see "
                + "<ac:link><ri:page ri:content-title=\"Home\"/><ac:plain-text-link-body><![CDATA[our home]]></ac:plain-text-link-body></ac:link></p>", context());

        assertTrue(html, html.contains("Ana &lt;Admin&gt;"));
        assertTrue(html, html.contains("<a href=\"/pages/viewpage.action?pageId=1\">our home</a>"));
    }

    @Test
    public void anEditorsScriptEventHandlersAndJavascriptUrlsAreRemovedFromThePageBody() {
        String html = renderer.render("<p>Hi<script>alert('x')</script></p><img src=\"x\" onerror=\"alert(1)\"/>"
                + "<a href=\"javascript:alert(2)\">click</a><a href=\" Java&#x09;Script:alert(3)\">tab</a>"
                + "<p onclick=\"alert(4)\" style=\"background:url(javascript:alert(5))\">styled</p>"
                + "<iframe src=\"https://evil.example\"></iframe><svg><script>alert(6)</script></svg>"
                + "<img src=\"data:image/svg+xml,alert\"/><style>body{display:none}</style>", context());

        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("alert"));
        assertFalse(html, html.toLowerCase().contains("javascript"));
        assertFalse(html, html.contains("onerror"));
        assertFalse(html, html.contains("onclick"));
        assertFalse(html, html.contains("<iframe"));
        assertFalse(html, html.contains("data:"));
        assertFalse(html, html.contains("display:none"));
        assertTrue(html, html.contains("<p>Hi</p>"));
        assertTrue(html, html.contains("<img src=\"x\">"));
        assertTrue(html, html.contains("<a>click</a>"));
        assertTrue(html, html.contains("<p>styled</p>"));
    }

    @Test
    public void normalFormattingTablesLinksImagesAndStylesStay() {
        String storage = "<h2>Plan</h2><p><strong>Bold</strong>, <em>it</em>, <u>u</u>, <s>gone</s>, <code>x</code>, "
                + "<span style=\"color: rgb(255,0,0);\">red</span></p><ul><li>one</li></ul><ol><li>two</li></ol>"
                + "<table class=\"wrapped\"><tbody><tr><th colspan=\"2\">Head</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>"
                + "<p><a href=\"https://acme.example/a?b=1\">abs</a> <a href=\"/confluence/display/SOCIAL/Home\">rel</a> "
                + "<a href=\"mailto:social@acme.example\">mail</a> <a href=\"#top\">anchor</a></p>"
                + "<blockquote><p>quoted</p></blockquote><pre>pre</pre><hr/><img src=\"/images/logo.png\" alt=\"Logo\"/>";

        String html = renderer.render(storage, context());

        assertEquals(storage.replace("<hr/>", "<hr>").replace("\"/>", "\">"), html);
    }

    @Test
    public void aMacrosOutputIsSplicedInWholeWhileThePageAroundItIsSanitised() {
        String html = renderer.render("<form><p>page form</p></form><ac:structured-macro ac:name=\"widget\"/>", context());

        assertTrue(html, html.startsWith("<p>page form</p>"));
        assertTrue(html, html.contains("<form class=\"sp-form\"><button type=\"button\" data-action=\"save\">Save</button></form>"));
    }
}

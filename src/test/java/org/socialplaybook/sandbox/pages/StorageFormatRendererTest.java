package org.socialplaybook.sandbox.pages;

import static org.junit.Assert.assertEquals;
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

    private final StorageFormatRenderer renderer = new StorageFormatRenderer(
            name -> switch (name) {
                case "echo" -> Optional.of(echo);
                case "failing" -> Optional.of(failing);
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
}

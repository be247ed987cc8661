package org.socialplaybook.sandbox.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.templaterenderer.RenderingException;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.socialplaybook.testing.TemplateRow;

/** The sandbox renders templates with Confluence's HTML auto-escaping, so escaping bugs show up here too. */
public class VelocityTemplatesTest {
    private final VelocityTemplates velocity = new VelocityTemplates(
            new VelocityAllowlist(List.of(TemplateRow.NAME, TemplateRow.NAME_HTML)));

    @Test
    public void everyReferenceIsEscapedByDefault() {
        String out = velocity.renderFragment("<td>$name</td><td title=\"$row.name()\">$!{name}</td>",
                Map.of("name", "\"><img src=x onerror=alert(1)>", "row", new TemplateRow("<b>", "")));

        assertEquals("<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td><td title=\"&lt;b&gt;\">"
                + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>", out);
    }

    @Test
    public void aReferenceWhoseNameEndsInHtmlIsWrittenAsIs() {
        String out = velocity.renderFragment("$bodyHtml|$row.nameHtml()|${bodyHtml}",
                Map.of("bodyHtml", "<p>ok</p>", "row", new TemplateRow("", "<i>x</i>")));

        assertEquals("<p>ok</p>|<i>x</i>|<p>ok</p>", out);
    }

    @Test
    public void aReferenceNobodyPutInTheContextFailsLoudly() {
        try {
            velocity.renderFragment("Hello $nobody", Map.of());
            fail("strict references");
        } catch (RenderingException expected) {
            assertTrue(expected.getMessage() + "", true);
        }
    }

    @Test
    public void theHtmlSuffixIsReadFromTheLastNameOnlyNotFromArguments() {
        assertTrue(VelocityTemplates.isHtmlSafeName("$a.b(\"xHtml\").cHtml()"));
        assertEquals(false, VelocityTemplates.isHtmlSafeName("$a.bHtml().c(\"Html\")"));
        assertEquals(false, VelocityTemplates.isHtmlSafeName("$html"));
    }
}

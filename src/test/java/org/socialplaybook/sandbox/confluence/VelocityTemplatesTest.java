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

    /** A host class ({@code org.socialplaybook.sandbox.*}): the host's templates may call it, a plugin's may not. */
    public record HostThing(String title) {
    }

    @Test
    public void aLookUpKeptAcrossRendersOfTheHostsTemplateIsNotLentToAPluginTemplate() throws Exception {
        VelocityTemplates kept = new VelocityTemplates(new VelocityAllowlist(List.of()));
        for (int render = 1; render <= 2; render++) {
            java.io.StringWriter host = new java.io.StringWriter();
            kept.render("sandbox-templates/test-kept-lookups.vm", Map.of("thing", new HostThing("T<1>")), host);
            java.io.StringWriter plugin = new java.io.StringWriter();
            kept.render("templates/test-kept-lookups.vm", Map.of("thing", new HostThing("T<1>")), plugin);

            assertEquals("render " + render, "[T&lt;1&gt;]", host.toString().trim());
            assertEquals("render " + render, "[]", plugin.toString().trim());
            assertEquals("each blocked call is reported, with its template and line", render, kept.blockedCalls().size());
        }
        assertEquals(HostThing.class.getName() + "#title() in templates/test-kept-lookups.vm line 1",
                kept.blockedCalls().get(1));
    }

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

    @Test
    public void theCharacterScanAgreesWithTheRegularExpressionsItReplaced() {
        String[] references = {"$a.b(\"xHtml\").cHtml()", "$a.bHtml().c(\"Html\")", "$html", "$bodyHtml", "$!{fooHtml}",
            "${fooHtml}", "$!fooHtml", "$row.cellHtml()", "$a.f(g(h(\"x\")), i()).lastHtml", "$a.f(\"(\").xHtml",
            "$a.f(\")\").xHtml", "$a.f(\"(\"", "$a.bHtml(", "$a.b)Html", "$}", "${", "$", "", "fooHtml}", "!{xHtml",
            "$a.b(c.dHtml)", "$a.b(c).dHtml}", "$a..Html", "$a.b().c()Html"};
        for (String reference : references) {
            assertEquals(reference, regexHtmlSafeName(reference), VelocityTemplates.isHtmlSafeName(reference));
        }
    }

    /** The former implementation, kept here as the oracle for the character scan. */
    private static boolean regexHtmlSafeName(String reference) {
        String name = reference.replaceAll("^\\$!?\\{?", "").replaceAll("}$", "");
        String previous;
        do {
            previous = name;
            name = name.replaceAll("\\([^()]*\\)", "");
        } while (!name.equals(previous));
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).endsWith("Html");
    }
}

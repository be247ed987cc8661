package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class GuidelineBodyTest {
    private static final String DO_DONT = "<p>Intro text.</p>"
            + "<div class=\"table-wrap\"><table class=\"confluenceTable\"><tbody>"
            + "<tr><th><p>Do</p></th><th><p>Don't</p></th></tr>"
            + "<tr><td><p>Use <strong>plain</strong> words.</p></td><td><p>Use jargon.</p></td></tr>"
            + "<tr><td><p>Sign with your name.</p></td><td></td></tr>"
            + "</tbody></table></div><p>After the table.</p>";

    @Test
    public void whitespaceAndInlineMarkupDoNotChangeTheFingerprint() {
        GuidelineBody plain = GuidelineBody.of("<p>Be kind to customers.</p><p>Answer within two hours.</p>");
        GuidelineBody reformatted = GuidelineBody.of("<p>Be   <strong>kind</strong> to\n customers.</p>\n\n"
                + "<ul><li><p><a href=\"https://x\">Answer</a> within&nbsp;two hours.</p></li></ul>");

        assertEquals(plain.canonicalText(), reformatted.canonicalText());
        assertEquals(plain.fingerprint(), reformatted.fingerprint());
    }

    @Test
    public void aChangedWordChangesTheFingerprint() {
        assertNotEquals(GuidelineBody.of("<p>Answer within two hours.</p>").fingerprint(),
                GuidelineBody.of("<p>Answer within three hours.</p>").fingerprint());
    }

    @Test
    public void joiningTwoParagraphsIntoOneIsAChange() {
        assertNotEquals(GuidelineBody.of("<p>Be kind.</p><p>Be quick.</p>").fingerprint(),
                GuidelineBody.of("<p>Be kind. Be quick.</p>").fingerprint());
    }

    @Test
    public void movingAnExampleFromDoToDontIsAChange() {
        String asDo = "<table><tr><th>Do</th><th>Don't</th></tr><tr><td>Use emoji</td><td></td></tr></table>";
        String asDont = "<table><tr><th>Do</th><th>Don't</th></tr><tr><td></td><td>Use emoji</td></tr></table>";

        assertNotEquals(GuidelineBody.of(asDo).fingerprint(), GuidelineBody.of(asDont).fingerprint());
    }

    @Test
    public void tableRowsBecomeLinesWithCellSeparators() {
        assertEquals("Intro text.\nDo | Don't\nUse plain words. | Use jargon.\nSign with your name. |\nAfter the table.",
                GuidelineBody.of(DO_DONT).canonicalText());
    }

    @Test
    public void entitiesAreDecodedAndCommentsAndScriptsAreNotText() {
        GuidelineBody body = GuidelineBody.of("<p>Caf&eacute; &amp; t&#233; &#x2014; ok</p><!-- hidden --><script>var x = '<p>';</script>");

        assertEquals("Café & té — ok", body.canonicalText());
        assertEquals(3, body.wordCount());
    }

    @Test
    public void aDoDontTableBecomesTwoListsAndTheRestStaysAsItIs() {
        List<GuidelineBody.Segment> segments = GuidelineBody.of(DO_DONT).segments();

        assertEquals(3, segments.size());
        assertEquals("<p>Intro text.</p><div class=\"table-wrap\">", ((GuidelineBody.Markup) segments.get(0)).contentHtml());
        GuidelineBody.DoDont examples = (GuidelineBody.DoDont) segments.get(1);
        assertEquals(List.of("<p>Use <strong>plain</strong> words.</p>", "<p>Sign with your name.</p>"), examples.doItemsHtml());
        assertEquals(List.of("<p>Use jargon.</p>"), examples.dontItemsHtml());
        assertEquals("</div><p>After the table.</p>", ((GuidelineBody.Markup) segments.get(2)).contentHtml());
    }

    @Test
    public void aDontDoTableInSpanishOrReverseOrderIsRecognised() {
        String html = "<table><tbody><tr><td><strong>No hagas</strong></td><td><strong>Haz</strong></td></tr>"
                + "<tr><td>Gritar</td><td>Escuchar</td></tr></tbody></table>";

        GuidelineBody.DoDont examples = (GuidelineBody.DoDont) GuidelineBody.of(html).segments().get(0);

        assertEquals(List.of("Escuchar"), examples.doItemsHtml());
        assertEquals(List.of("Gritar"), examples.dontItemsHtml());
    }

    @Test
    public void anOrdinaryTableIsLeftAlone() {
        String html = "<table><tr><th>Channel</th><th>Owner</th></tr><tr><td>X</td><td>Liam</td></tr></table>";

        List<GuidelineBody.Segment> segments = GuidelineBody.of(html).segments();

        assertEquals(List.of(new GuidelineBody.Markup(html)), segments);
        assertFalse(segments.get(0).doDont());
    }

    @Test
    public void unclosedAndStrayTagsDoNotBreakTheParser() {
        GuidelineBody body = GuidelineBody.of("<p>One <b>two</p></i><p>three<br>four");

        assertEquals("One two\nthree four", body.canonicalText());
        assertEquals(List.of(new GuidelineBody.Markup("<p>One <b>two</p></i><p>three<br>four")), body.segments());
    }

    @Test
    public void anEmptyBodyIsBlank() {
        assertTrue(GuidelineBody.of("<p> &nbsp; </p>").isBlank());
        assertTrue(GuidelineBody.of(null).isBlank());
    }
}

package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.socialplaybook.roles.RaciTableParser.SeedRow;
import org.socialplaybook.roles.RaciTableParser.SeedTable;

/** The table in a macro body becomes roles, phases, activities and letters. */
public class RaciTableParserTest {
    private static final String TABLE = "<p>Draft</p><table class=\"confluenceTable\"><tbody>"
            + "<tr><th>Activity</th><th>Community manager</th><th>Content&nbsp;lead</th><th>Legal &amp; compliance</th></tr>"
            + "<tr><th colspan=\"4\">Plan</th></tr>"
            + "<tr><td>Build the calendar</td><td>c</td><td><p>A/R</p></td><td></td></tr>"
            + "<tr><td>Check claims</td><td>-</td><td>a</td><td>R, C</td></tr>"
            + "<tr><th colspan=\"4\">Engage</th></tr>"
            + "<tr><td>Reply to DMs</td><td>AR</td><td>maybe</td><td>I</td></tr>"
            + "</tbody></table>";

    @Test
    public void whatTheEditorLeavesInAnEmptiedBodyLooksEmptyAndTextOrATableDoesNot() {
        for (String empty : new String[] {null, "", " \n", "<p></p>", "<p><br/></p>", "<p><br /></p><p>&nbsp;</p>", "<p>\u00a0</p>",
                "<div> <p>&#160;</p> </div>"}) {
            assertTrue(String.valueOf(empty), RaciTableParser.looksEmpty(empty));
        }

        assertFalse(RaciTableParser.looksEmpty("<p>x</p>"));
        assertFalse(RaciTableParser.looksEmpty(TABLE));
        assertFalse(RaciTableParser.looksEmpty("<p>&amp;</p>"));
    }

    @Test
    public void theHeaderRowNamesTheRolesAndEachRowIsAnActivityWithItsLetters() {
        SeedTable table = RaciTableParser.parse(TABLE).orElseThrow();

        assertEquals(List.of("Community manager", "Content lead", "Legal & compliance"), table.roles());
        assertEquals(3, table.rows().size());
        SeedRow calendar = table.rows().get(0);
        assertEquals("Build the calendar", calendar.activity());
        assertEquals(List.of("C", "RA", ""), calendar.letters().stream().map(Letters::code).toList());
        assertEquals(List.of("", "A", "RC"), table.rows().get(1).letters().stream().map(Letters::code).toList());
    }

    @Test
    public void aRowWithOneSpanningCellStartsAPhase() {
        SeedTable table = RaciTableParser.parse(TABLE).orElseThrow();

        assertEquals(List.of("Plan", "Plan", "Engage"), table.rows().stream().map(SeedRow::phase).toList());
    }

    @Test
    public void aCellThatIsNotLettersIsCountedAndLeftEmpty() {
        SeedTable table = RaciTableParser.parse(TABLE).orElseThrow();

        assertEquals(1, table.unreadableCells());
        assertEquals(List.of("RA", "", "I"), table.rows().get(2).letters().stream().map(Letters::code).toList());
    }

    @Test
    public void aPhaseColumnAndActivityColumnAreFoundByTheirHeadingsInEitherLanguage() {
        String html = "<table><tr><th>Fase</th><th>Tarea</th><th>Agente</th></tr>"
                + "<tr><td>Atender</td><td>Responder</td><td>R</td></tr></table>";

        SeedTable table = RaciTableParser.parse(html).orElseThrow();

        assertEquals(List.of("Agente"), table.roles());
        assertEquals("Atender", table.rows().get(0).phase());
        assertEquals("Responder", table.rows().get(0).activity());
    }

    @Test
    public void withoutAnActivityHeadingTheFirstColumnHoldsTheActivities() {
        String html = "<table><tr><td>Who</td><td>Owner</td></tr><tr><td>Post</td><td>A</td></tr></table>";

        SeedTable table = RaciTableParser.parse(html).orElseThrow();

        assertEquals(List.of("Owner"), table.roles());
        assertEquals("Post", table.rows().get(0).activity());
        assertNull(table.rows().get(0).phase());
    }

    @Test
    public void markupAndScriptsInCellsBecomePlainTextNames() {
        String html = "<table><tr><th></th><th><strong>Brand</strong> owner</th><th>&lt;script&gt;x</th></tr>"
                + "<tr><td><a href=\"#\">Crisis</a><br/>plan</td><td>A</td><td>R</td></tr></table>";

        SeedTable table = RaciTableParser.parse(html).orElseThrow();

        assertEquals(List.of("Brand owner", "<script>x"), table.roles());
        assertEquals("Crisis plan", table.rows().get(0).activity());
    }

    @Test
    public void repeatedRoleNamesAreMadeUnique() {
        String html = "<table><tr><th>Activity</th><th>Agent</th><th>agent</th></tr></table>";

        assertEquals(List.of("Agent", "agent 2"), RaciTableParser.parse(html).orElseThrow().roles());
    }

    @Test
    public void aBodyWithoutATableOrWithoutRolesSeedsNothing() {
        assertTrue(RaciTableParser.parse("<p>Just text</p>").isEmpty());
        assertTrue(RaciTableParser.parse("").isEmpty());
        assertTrue(RaciTableParser.parse(null).isEmpty());
        assertTrue(RaciTableParser.parse("<table><tr><th>Activity</th></tr></table>").isEmpty());
    }

    @Test
    public void aNestedTableIsNotReadAsRows() {
        String html = "<table><tr><th>Activity</th><th>Owner</th></tr>"
                + "<tr><td>Post<table><tr><td>inner</td><td>X</td></tr></table></td><td>A</td></tr></table>";

        SeedTable table = RaciTableParser.parse(html).orElseThrow();

        assertEquals(1, table.rows().size());
        assertEquals("A", table.rows().get(0).letters().get(0).code());
    }
}

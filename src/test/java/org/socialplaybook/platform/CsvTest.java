package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.junit.Test;

public class CsvTest {
    @Test
    public void exportedCellsThatLookLikeFormulasAreNeutralized() {
        String csv = Csv.write(List.of("name", "note"), List.of(List.of("=HYPERLINK(\"x\")", "plain, with comma")));

        assertTrue(csv, csv.contains("'=HYPERLINK"));
        assertTrue(csv, csv.contains("\"plain, with comma\""));
    }

    @Test
    public void headerNamesThatLookLikeFormulasAreNeutralizedToo() {
        String csv = Csv.write(List.of("Activity", "=cmd|'/c calc'!A0"), List.of());

        assertEquals("Activity,'=cmd|'/c calc'!A0\r\n", csv);
    }

    @Test
    public void importRowsCarryTheirLineNumberAndCellsByCaseInsensitiveHeader() {
        List<Csv.Row> rows = Csv.read("Name,Role\nAna,R\n\nBen,\"A, R\"\n", List.of("name", "ROLE"));

        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("Ana", rows.get(0).get("name"));
        assertEquals(4, rows.get(1).line());
        assertEquals("A, R", rows.get(1).get("Role"));
    }

    @Test
    public void aMissingColumnIsA400NamingIt() {
        try {
            Csv.read("name\nAna\n", List.of("name", "role"));
            fail();
        } catch (PlaybookException e) {
            assertEquals(PlaybookException.Kind.INVALID, e.kind());
            assertEquals("social-playbook.csv.missing-column", e.key());
            assertEquals("role", e.arguments()[0]);
        }
    }

    @Test
    public void textThatIsNotCsvIsA400() {
        try {
            Csv.read("name,role\n\"unterminated,R\n", List.of("name"));
            fail();
        } catch (PlaybookException e) {
            assertEquals("social-playbook.csv.unreadable", e.key());
        }
    }
}

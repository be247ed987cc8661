package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.junit.Test;
import org.socialplaybook.platform.PlaybookException;

/** The matrix as a spreadsheet: written safely, read back row by row with every bad line reported. */
public class RoleMatrixCsvTest {
    @Test
    public void aMatrixIsWrittenWithPhaseActivityAndOneColumnPerRole() {
        MatrixBuilder m = new MatrixBuilder().roles("Community manager", "=HYPERLINK(\"x\")")
                .activity("Reply", "A/R", "C");

        String csv = RoleMatrixCsv.write(m.build());

        String[] lines = csv.split("\r\n");
        assertEquals("Phase,Activity,Community manager,\"'=HYPERLINK(\"\"x\"\")\"", lines[0]);
        assertEquals("\"\",Reply,R/A,C", lines[1]);
    }

    @Test
    public void whatWasWrittenReadsBackTheSame() {
        MatrixBuilder m = new MatrixBuilder().roles("Agent", "Lead").activity("=SUM(1)", "R", "A");

        RoleMatrixCsv.Parsed parsed = RoleMatrixCsv.read(RoleMatrixCsv.write(m.build()));

        assertTrue(parsed.ok());
        assertEquals(List.of("Agent", "Lead"), parsed.roles());
        assertEquals("=SUM(1)", parsed.rows().get(0).activity());
        assertEquals(List.of("R", "A"), parsed.rows().get(0).letters().stream().map(Letters::code).toList());
    }

    @Test
    public void eachBadRowIsReportedByItsLineNumber() {
        String csv = "Phase,Activity,Agent,Lead\n"
                + "Plan,Reply,R,A\n"
                + "Plan,,R,A\n"
                + "Plan,Post,X,A\n"
                + "\n"
                + "Plan,Review,r/a,c\n";

        RoleMatrixCsv.Parsed parsed = RoleMatrixCsv.read(csv);

        assertEquals(List.of(3L, 4L), parsed.errors().stream().map(RoleMatrixCsv.LineError::line).toList());
        assertEquals("social-playbook.roles.import.activity-empty", parsed.errors().get(0).key());
        assertEquals(List.of("Agent", "X"), parsed.errors().get(1).arguments());
        assertEquals(List.of("Reply", "Review"), parsed.rows().stream().map(RoleMatrixCsv.ImportRow::activity).toList());
        assertEquals(6L, parsed.rows().get(1).line());
    }

    @Test
    public void aRoleNamedTwiceOrNoRoleAtAllIsAnErrorOnTheFirstLine() {
        assertEquals("social-playbook.roles.import.role-twice",
                RoleMatrixCsv.read("Activity,Agent,agent\nReply,R,A\n").errors().get(0).key());
        assertEquals("social-playbook.roles.import.no-roles",
                RoleMatrixCsv.read("Phase,Activity\nPlan,Reply\n").errors().get(0).key());
    }

    @Test
    public void aFileWithoutAnActivityColumnIsRefusedAsAWhole() {
        try {
            RoleMatrixCsv.read("Task,Agent\nReply,R\n");
            fail("expected a 400");
        } catch (PlaybookException e) {
            assertEquals("social-playbook.csv.missing-column", e.key());
        }
    }
}

package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** The role matrix page copied, moved, trashed, restored and purged through Confluence's events, on the embedded database. */
public class RoleMatrixLifecycleTest {
    private static final long PAGE = 1101;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theCopiedPageShowsItsOwnCopyOfTheMatrixAndChangingItLeavesTheOriginalAlone() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        String originalHtml = sandbox.viewPage("sofia", PAGE);
        int originalId = matrixId(originalHtml);
        int proposals = ao.count(ProposalEntity.class);
        int originalCells = ao.count(CellEntity.class, CellEntity.MATRIX_ID + " = ?", originalId);
        int originalHolders = ao.count(HolderEntity.class, HolderEntity.MATRIX_ID + " = ?", originalId);

        long copy = sandbox.sandbox().pageActions().copy(PAGE, "SOCIAL", "Copy of roles", "sofia").id();
        String copyHtml = sandbox.viewPage("sofia", copy);
        int copyId = matrixId(copyHtml);
        JsonNode copied = SandboxRule.json(sandbox.get("sofia", "/role-matrices/" + copyId));
        int firstRole = copied.get("roles").get(0).get("id").asInt();
        int firstActivity = copied.get("activities").get(0).get("id").asInt();
        ao.deleteWithSQL(CellEntity.class, CellEntity.MATRIX_ID + " = ? AND " + CellEntity.ROLE_ID + " = ? AND "
                + CellEntity.ACTIVITY_ID + " = ?", copyId, firstRole, firstActivity);

        assertNotEquals(originalId, copyId);
        assertTrue(copyHtml, copyHtml.contains("Social media team (copy)"));
        assertEquals(originalCells, ao.count(CellEntity.class, CellEntity.MATRIX_ID + " = ?", originalId));
        assertEquals(originalHolders, ao.count(HolderEntity.class, HolderEntity.MATRIX_ID + " = ?", copyId));
        assertEquals("offers are the original's own", proposals, ao.count(ProposalEntity.class));
        assertEquals(originalId, matrixId(sandbox.viewPage("sofia", PAGE)));
        assertTrue(sandbox.sandbox().pages().find(copy).orElseThrow().storage()
                .contains("<ac:parameter ac:name=\"name\">Social media team (copy)</ac:parameter>"));
    }

    @Test
    public void aTrashedMatrixLeavesTheOverviewAndComesBackWhenThePageIsRestored() {
        JsonNode before = stepOne();

        sandbox.sandbox().pageActions().trash(PAGE, "sofia");
        JsonNode whileTrashed = stepOne();
        sandbox.sandbox().pageActions().restore(PAGE);

        assertNotEquals("NOT_STARTED", before.get("state").asText());
        assertEquals("NOT_STARTED", whileTrashed.get("state").asText());
        assertEquals(before, stepOne());
    }

    @Test
    public void purgingThePageDeletesTheMatrixWithEverythingItHolds() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int id = matrixId(sandbox.viewPage("sofia", PAGE));
        assertTrue(ao.count(CellEntity.class, CellEntity.MATRIX_ID + " = ?", id) > 0);

        sandbox.sandbox().pageActions().trash(PAGE, "sofia");
        sandbox.sandbox().pageActions().purge(PAGE);

        assertEquals(0, ao.count(MatrixEntity.class, "ID = ?", id));
        for (Class<? extends net.java.ao.RawEntity<Integer>> table : java.util.List.of(RoleEntity.class,
                ActivityEntity.class, CellEntity.class, HolderEntity.class, ProposalEntity.class, MatrixChangeEntity.class)) {
            assertEquals(table.getSimpleName(), 0, ao.count(table, "MATRIX_ID = ?", id));
        }
    }

    @Test
    public void movingThePageTakesTheMatrixToTheNewSpace() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int id = matrixId(sandbox.viewPage("sofia", PAGE));

        sandbox.sandbox().pageActions().move(PAGE, "NEWS");

        MatrixEntity moved = ao.get(MatrixEntity.class, id);
        assertEquals("NEWS", moved.getSpaceKey());
        assertEquals("NEWS:social media team", moved.getMatrixKey());
        assertEquals(0, ao.count(HolderEntity.class, HolderEntity.MATRIX_KEY + " = ?", "SOCIAL:social media team"));
        assertEquals(0, ao.count(MatrixChangeEntity.class, MatrixChangeEntity.MATRIX_ID + " = ? AND "
                + MatrixChangeEntity.SPACE_KEY + " = ?", id, "SOCIAL"));
    }

    private JsonNode stepOne() {
        return SandboxRule.json(sandbox.get("sofia", "/spaces/SOCIAL/overview")).get("steps").get(0);
    }

    private static int matrixId(String html) {
        int at = html.indexOf("data-matrix-id=\"");
        assertTrue(html, at >= 0);
        int from = at + "data-matrix-id=\"".length();
        return Integer.parseInt(html.substring(from, html.indexOf('"', from)));
    }
}

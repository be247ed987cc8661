package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** The goals page copied through Confluence's event, on the embedded database. */
public class GoalsLifecycleTest {
    private static final long PAGE = 1501;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theCopiedPageShowsItsOwnGoalsStartingAtTheirBaselinesWithNoneOfTheMeasuredValues() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int original = setId(sandbox.viewPage("sofia", PAGE));
        int updates = ao.count(ValueUpdateEntity.class);

        long copy = sandbox.sandbox().pageActions().copy(PAGE, "SOCIAL", "Copy of our goals", "sofia").id();
        String html = sandbox.viewPage("sofia", copy);
        int copied = setId(html);

        assertNotEquals(original, copied);
        assertTrue(html, html.contains("Social strategy (copy)"));
        for (Class<? extends net.java.ao.RawEntity<Integer>> table : java.util.List.of(GoalEntity.class,
                ObjectiveEntity.class, ContributionEntity.class)) {
            assertEquals(table.getSimpleName(), ao.count(table, "SET_ID = ?", original), ao.count(table, "SET_ID = ?", copied));
        }
        assertTrue(updates > 0);
        assertEquals(0, ao.count(ValueUpdateEntity.class, ValueUpdateEntity.SET_ID + " = ?", copied));
        assertEquals(updates, ao.count(ValueUpdateEntity.class));
        assertEquals(original, setId(sandbox.viewPage("sofia", PAGE)));
    }

    private static int setId(String html) {
        int at = html.indexOf("data-set-id=\"");
        assertTrue(html, at >= 0);
        int from = at + "data-set-id=\"".length();
        return Integer.parseInt(html.substring(from, html.indexOf('"', from)));
    }
}

package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** The training page copied and trashed through Confluence's events, on the embedded database. */
public class TrainingLifecycleTest {
    private static final long PAGE = 1301;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theCopiedPageShowsItsOwnProgrammeWithTheModulesAndNobodysProgress() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int original = programmeId(sandbox.viewPage("sofia", PAGE));
        int progress = ao.count(ProgressEntity.class, ProgressEntity.PROGRAMME_ID + " = ?", original);
        int checkins = ao.count(CheckinEntity.class, CheckinEntity.PROGRAMME_ID + " = ?", original);

        long copy = sandbox.sandbox().pageActions().copy(PAGE, "SOCIAL", "Copy of training", "sofia").id();
        int copied = programmeId(sandbox.viewPage("sofia", copy));

        assertNotEquals(original, copied);
        assertEquals("social-essentials-copy", ao.get(ProgrammeEntity.class, copied).getCode());
        assertEquals(ao.count(ModuleEntity.class, ModuleEntity.PROGRAMME_ID + " = ?", original),
                ao.count(ModuleEntity.class, ModuleEntity.PROGRAMME_ID + " = ?", copied));
        assertEquals(0, ao.count(ProgressEntity.class, ProgressEntity.PROGRAMME_ID + " = ?", copied));
        assertEquals(0, ao.count(CheckinEntity.class, CheckinEntity.PROGRAMME_ID + " = ?", copied));
        assertTrue(progress > 0 && checkins > 0);
        assertEquals(progress, ao.count(ProgressEntity.class, ProgressEntity.PROGRAMME_ID + " = ?", original));
        assertEquals(original, programmeId(sandbox.viewPage("sofia", PAGE)));
    }

    @Test
    public void aCopyCodeIsTheFirstFreeOneAndStaysWithinTheLongestCode() {
        assertEquals("basics", TrainingLifecycle.copyCode("basics", Set.of("other")));
        assertEquals("basics-copy", TrainingLifecycle.copyCode("basics", Set.of("basics")));
        assertEquals("Basics-copy-2", TrainingLifecycle.copyCode("Basics", Set.of("basics", "basics-copy")));
        assertEquals(MacroSettings.MAX_CODE, TrainingLifecycle.copyCode("x".repeat(MacroSettings.MAX_CODE),
                Set.of("x".repeat(MacroSettings.MAX_CODE))).length());
    }

    private static int programmeId(String html) {
        int at = html.indexOf("data-programme-id=\"");
        assertTrue(html, at >= 0);
        int from = at + "data-programme-id=\"".length();
        return Integer.parseInt(html.substring(from, html.indexOf('"', from)));
    }
}

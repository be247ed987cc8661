package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.testing.SandboxRule;

/** Every change to a role matrix lands in its change log, in the change's transaction; a refused change does not. */
public class RoleMatrixChangesTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withoutDemoData());

    @Test
    public void theDigestReadsWhoChangedWhatInTheWeekAndNothingARefusedChangeTried() {
        Sandbox sandbox = SANDBOX.sandbox();
        RoleMatrixService service = sandbox.components().get(RoleMatrixService.class);
        Instant from = Instant.now().minus(Duration.ofMinutes(1));
        Model.MatrixData created = sandbox.as("sofia", () -> service.open(new MacroPage(1101, "SOCIAL", "Roles", true),
                "Change log", null, null));
        int id = created.matrix().id();
        Model.MatrixData withRole = sandbox.as("sofia", () -> service.addRole(id, new Requests.RoleBody("Analyst", 1)));
        int roleId = withRole.roles().get(0).id();
        sandbox.as("sofia", () -> service.addPerson(id, roleId, new Requests.PersonBody(SANDBOX.userKey("nora"), 2)));
        try {
            sandbox.as("sofia", () -> service.addRole(id, new Requests.RoleBody("Stale", 1)));
        } catch (org.socialplaybook.platform.PlaybookException expected) {
            assertEquals(org.socialplaybook.platform.PlaybookException.Kind.CONFLICT, expected.kind());
        }

        List<SpaceChange> changes = sandbox.components().get(RoleMatrixChanges.class)
                .changesBetween("SOCIAL", from, Instant.now().plusSeconds(1));

        assertEquals(List.of("social-playbook.roles.change.matrix-created", "social-playbook.roles.change.role-added",
                "social-playbook.roles.change.person-added"), changes.stream().map(SpaceChange::summaryKey).toList());
        SpaceChange joined = changes.get(2);
        assertEquals(List.of("Analyst", "Nora Giménez"), joined.summaryArguments());
        assertEquals("Change log", joined.subject());
        assertEquals(SANDBOX.userKey("sofia"), joined.byUserKey());
        assertEquals(1101, joined.pageId());
        assertTrue(sandbox.components().get(RoleMatrixChanges.class)
                .changesBetween("SOCIAL", from.minus(Duration.ofDays(7)), from).isEmpty());
    }
}

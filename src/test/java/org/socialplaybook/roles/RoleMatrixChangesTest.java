package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.testing.SandboxRule;

/**
 * The digest's "what changed" for the role matrices, on the embedded database: five minutes of clicking in a matrix
 * seeded from its page's table come out as the matrix's net change, one line; a refused change is not in it.
 */
public class RoleMatrixChangesTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withoutDemoData());

    private static final String TABLE = "<table><tr><th>Activity</th><th>Owner</th><th>Agent</th><th>Analyst</th></tr>"
            + "<tr><td>Post</td><td>A</td><td>R</td><td></td></tr>"
            + "<tr><td>Reply</td><td>A</td><td>R</td><td>I</td></tr>"
            + "<tr><td>Report</td><td>I</td><td></td><td>A</td></tr></table>";

    /** A clock that moves on ten seconds every time it is read: the clicks are spread over minutes. */
    private static final class Clicks extends Clock {
        private final AtomicReference<Instant> now;

        Clicks(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        @Override
        public Instant instant() {
            return now.getAndUpdate(t -> t.plusSeconds(10));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    public void fiveMinutesOfTogglingComeOutAsTheMatrixsNetChangeAndTheSeedingIsNoChange() {
        Sandbox sandbox = SANDBOX.sandbox();
        Instant start = Instant.parse("2026-11-30T09:00:00Z");
        RoleMatrixService service = new RoleMatrixService(sandbox.components().get(RoleMatrixStore.class),
                sandbox.components().get(PageAccess.class), sandbox.components().get(CurrentUser.class),
                sandbox.components().get(People.class), new TimeSource(new Clicks(start)),
                sandbox.components().get(org.socialplaybook.platform.SpaceVersions.class));
        Model.MatrixData seeded = sandbox.as("sofia", () -> service.open(new MacroPage(1101, "SOCIAL", "Roles", true),
                "Toggled", null, TABLE));
        int id = seeded.matrix().id();
        Map<String, Integer> roles = seeded.roles().stream().collect(Collectors.toMap(Model.Role::name, Model.Role::id));
        Map<String, Integer> activities = seeded.activities().stream()
                .collect(Collectors.toMap(Model.Activity::name, Model.Activity::id));
        int[] version = {seeded.matrix().version()};
        Function<Model.MatrixData, Integer> next = d -> version[0] = d.matrix().version();
        String[][] clicks = {
                {"Post", "Agent", "A"}, {"Post", "Agent", "R"},            // R → A → R: no change
                {"Reply", "Analyst", "R"}, {"Reply", "Analyst", "C"},      // I → R → C
                {"Report", "Owner", ""},                                    // I → nothing
                {"Report", "Agent", "I"}, {"Report", "Agent", "C"}, {"Report", "Agent", "R"}, // nothing → R
                {"Post", "Owner", "R"}, {"Post", "Owner", "A"},            // A → R → A: no change
        };
        for (String[] click : clicks) {
            sandbox.as("sofia", () -> next.apply(service.setCell(id, new Requests.CellBody(roles.get(click[1]),
                    activities.get(click[0]), click[2], version[0]))));
        }
        Model.MatrixData withRole = sandbox.as("liam", () -> service.addRole(id, new Requests.RoleBody("Moderator", version[0])));
        next.apply(withRole);
        int owner = roles.get("Owner");
        sandbox.as("sofia", () -> next.apply(service.addPerson(id, owner, new Requests.PersonBody(SANDBOX.userKey("nora"), version[0]))));
        sandbox.as("sofia", () -> next.apply(service.removePerson(id, owner, SANDBOX.userKey("nora"), version[0])));
        sandbox.as("sofia", () -> next.apply(service.setDeputy(id, owner, new Requests.PersonBody(SANDBOX.userKey("marco"), version[0]))));
        sandbox.as("sofia", () -> next.apply(service.setDeputy(id, owner, new Requests.PersonBody(null, version[0]))));
        try {
            sandbox.as("sofia", () -> service.addRole(id, new Requests.RoleBody("Stale", 1)));
        } catch (PlaybookException expected) {
            assertEquals(PlaybookException.Kind.CONFLICT, expected.kind());
        }

        List<SpaceChange> changes = sandbox.components().get(RoleMatrixChanges.class)
                .changesBetween("SOCIAL", start, start.plus(Duration.ofDays(7)));

        assertEquals(1, changes.size());
        SpaceChange matrix = changes.get(0);
        assertEquals("Toggled", matrix.subject());
        assertEquals(1101, matrix.pageId());
        assertEquals(List.of(new SpaceChange.Part("social-playbook.roles.summary.roles-added", List.of(1)),
                new SpaceChange.Part("social-playbook.roles.summary.cells-changed", List.of(3))), matrix.parts());
        assertEquals(List.of(SANDBOX.userKey("sofia"), SANDBOX.userKey("liam")), matrix.byUserKeys());
        assertTrue("the clicks took minutes", matrix.at().isAfter(start.plus(Duration.ofMinutes(2))));
        assertTrue(sandbox.components().get(RoleMatrixChanges.class)
                .changesBetween("SOCIAL", start.minus(Duration.ofDays(7)), start).isEmpty());
    }
}

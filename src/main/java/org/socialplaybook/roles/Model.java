package org.socialplaybook.roles;

import java.time.Instant;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/** The role matrix as plain values (the store maps its entities to these; nothing else sees an entity). */
public final class Model {
    private Model() {
    }

    /** A matrix: its data key is space + name; {@code pageId} is the page that owns it (permissions are asked there). */
    public record Matrix(int id, String spaceKey, String name, long pageId, int version, Integer overloadLimit,
                         boolean seeded, String updatedBy, @IsoText Instant updatedAt) {
    }

    public record Role(int id, String name, int rank) {
    }

    /** An activity; {@code phase} groups activities (Plan, Publish…) and may be null. */
    public record Activity(int id, String name, String phase, int rank) {
    }

    public record Cell(int roleId, int activityId, Letters letters) {
    }

    /** A person assigned to a role; a deputy stands in for the holders. */
    public record Holder(int roleId, String userKey, boolean deputy) {
    }

    public enum ProposalState { OPEN, ACCEPTED, DECLINED }

    /** "I'll own this": a person offers to be Accountable for an activity that has no A. */
    public record Proposal(int id, int activityId, String userKey, ProposalState state, @IsoText Instant createdAt) {
    }

    /** Everything a matrix holds, loaded in a constant number of queries. */
    public record MatrixData(Matrix matrix, List<Role> roles, List<Activity> activities, List<Cell> cells,
                             List<Holder> holders, List<Proposal> proposals) {
        public MatrixData {
            roles = List.copyOf(roles);
            activities = List.copyOf(activities);
            cells = List.copyOf(cells);
            holders = List.copyOf(holders);
            proposals = List.copyOf(proposals);
        }
    }
}

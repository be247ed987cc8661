package org.socialplaybook.team;

import java.time.Instant;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/** The team card as its script and REST clients see it (JSON). Text is data; the page escapes it. Never an e-mail of a person. */
public final class TeamState {
    private TeamState() {
    }

    public record PersonView(String key, String name, String avatarUrl) {
    }

    /**
     * A member: who, the roles they hold in the matrix and the roles they are a deputy for (a stand-in, not a holder),
     * or what they do, for chosen members.
     */
    public record MemberView(PersonView person, List<String> roles, List<String> deputyFor, String note) {
    }

    public record ChannelView(int id, String kind, String label, String address, String href) {
    }

    /** One of the viewer's requests and where it stands: received, open, in Jira (key, status), or done. */
    public record RequestView(int id, String topic, String urgency, @IsoText Instant createdAt, String state, String jiraKey,
                              String jiraStatus) {
    }

    public record CardState(int id, String name, long pageId, int version, boolean canEdit, boolean loggedIn, String matrix,
                            boolean matrixExists, String board, String mission, String hours, String responsePromise,
                            PersonView triage, List<MemberView> members, List<ChannelView> channels, String updatedBy) {
    }
}

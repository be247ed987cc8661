package org.socialplaybook.team;

import java.time.Instant;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/** The team card as plain values (the store maps its entities to these; nothing else sees an entity). */
public final class Team {
    private Team() {
    }

    /** Ways to reach the team; each is checked and linked its own way (see {@link TeamRules#channel}). */
    public enum ChannelKind { CHAT, EMAIL, SOCIAL, WEB, PHONE }

    /** How soon a request needs an answer; it sets the follow-up's due date. */
    public enum Urgency { LOW, NORMAL, HIGH }

    public record Card(int id, String spaceKey, String name, long pageId, String matrixName, String boardKey, String mission,
                       String hours, String responsePromise, String triageKey, int version, String updatedBy,
                       @IsoText Instant updatedAt) {
    }

    public record Member(int id, String userKey, String roleNote, int rank) {
    }

    public record Channel(int id, ChannelKind kind, String label, String address, int rank) {
    }

    public record Request(int id, int cardId, String requesterKey, String token, String topic, Urgency urgency,
                          long followUpId, @IsoText Instant createdAt) {
    }

    /** A card with its chosen members and channels, loaded in three queries. */
    public record CardData(Card card, List<Member> members, List<Channel> channels) {
        public CardData {
            members = List.copyOf(members);
            channels = List.copyOf(channels);
        }
    }
}

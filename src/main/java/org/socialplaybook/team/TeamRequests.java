package org.socialplaybook.team;

/** The JSON bodies the team card's REST API accepts (unknown fields are refused). Editors' changes carry the version. */
public final class TeamRequests {
    private TeamRequests() {
    }

    /** Mission in a sentence, working hours, response promise, and who triages requests (a user key, or none). */
    public record SettingsBody(String mission, String hours, String responsePromise, String triageKey, Integer version) {
    }

    /** A person for a card that names no role matrix, with what they do. */
    public record MemberBody(String userKey, String role, Integer version) {
    }

    /** A way to reach the team: kind CHAT, EMAIL, SOCIAL, WEB or PHONE; a label; the address. */
    public record ChannelBody(String kind, String label, String address, Integer version) {
    }

    /** "How to reach us": {@code token} is made once per form (a second click finds the first request). */
    public record RequestBody(String token, String topic, String text, String urgency) {
    }
}

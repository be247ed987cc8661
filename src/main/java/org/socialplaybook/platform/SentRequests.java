package org.socialplaybook.platform;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The team-card requests a person sent ("How to reach us"), across several spaces, with what became of each
 * (through {@link FollowUpStates}). The team card capability answers, in the same few queries for 2 spaces or 200,
 * keeping only cards on pages the person may view; newest first, at most {@link #LATEST}. Texts come in the reader's
 * language.
 */
public interface SentRequests {
    /** Requests looked at, newest first. */
    int LATEST = 100;

    List<SentRequest> sentBy(Collection<String> spaceKeys, String userKey);

    /**
     * One request: its card and the card's page, topic, urgency (translated), when it was sent, and its state
     * ({@code state}: {@code received}, {@code open}, {@code waiting} (being filed in Jira), {@code jira} or
     * {@code done}; {@code stateText} "In Jira: CARE-12 (In Progress)"; {@code lozenge}: its AUI lozenge class).
     */
    record SentRequest(String spaceKey, long pageId, String card, String topic, String urgencyText, @IsoText Instant sentAt,
                       String state, String stateText, String lozenge) {
        public boolean done() {
            return state.equals("done");
        }
    }
}

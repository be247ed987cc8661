package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.CardData;

/**
 * Step 6 (promote the team) for the playbook overview. A card tells the company four things: its mission, who is in
 * the team, how to reach it (at least one channel) and how it works (hours or a response promise). Started once a
 * card exists; in place when one card tells all four. The percentage is the most complete card's share; the summary
 * also counts the requests the company has sent through the cards.
 */
@Named
public class TeamStepStatus implements StepStatusProvider {
    static final int PARTS = 4;

    private final TeamStore store;
    private final RoleDirectory roles;

    @Inject
    public TeamStepStatus(TeamStore store, RoleDirectory roles) {
        this.store = store;
        this.roles = roles;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        List<Card> cards = store.cardsInSpace(spaceKey);
        if (cards.isEmpty()) {
            return List.of();
        }
        int best = 0;
        for (CardData data : store.loadAll(cards)) {
            best = Math.max(best, parts(data));
        }
        int requests = store.countInSpace(spaceKey);
        return List.of(new StepStatus(PlaybookStep.PROMOTE_TEAM, best == PARTS ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED,
                "social-playbook.team.step-status", List.of(String.valueOf(cards.size()), String.valueOf(best),
                String.valueOf(PARTS), String.valueOf(requests)), best * 100 / PARTS));
    }

    int parts(CardData data) {
        Card card = data.card();
        boolean members = card.matrixName() == null ? !data.members().isEmpty()
                : roles.roles(card.spaceKey(), card.matrixName()).values().stream().anyMatch(h -> !h.isEmpty());
        return (card.mission() != null ? 1 : 0) + (members ? 1 : 0) + (data.channels().isEmpty() ? 0 : 1)
                + (card.hours() != null || card.responsePromise() != null ? 1 : 0);
    }
}

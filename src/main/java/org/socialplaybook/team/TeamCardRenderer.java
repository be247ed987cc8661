package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.Views;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.TeamState.CardState;
import org.socialplaybook.team.TeamState.RequestView;

/** Renders a team card as the viewer sees it: the macro's output, and the same fragment for the script to redraw. */
@Named
public class TeamCardRenderer {
    static final String RESOURCES = "team-card-resources";

    private final TeamViews teamViews;
    private final TeamCardService cards;
    private final TeamRequestService requests;
    private final CurrentUser currentUser;
    private final Views views;

    @Inject
    public TeamCardRenderer(TeamViews teamViews, TeamCardService cards, TeamRequestService requests, CurrentUser currentUser,
                            Views views) {
        this.teamViews = teamViews;
        this.cards = cards;
        this.requests = requests;
        this.currentUser = currentUser;
        this.views = views;
    }

    public String render(CardData data, boolean showRequests) {
        CardState state = state(data);
        List<RequestView> mine = showRequests && state.loggedIn() ? teamViews.requests(requests.mine(data.card())) : List.of();
        views.requireResources(RESOURCES);
        return views.render("templates/team/card.vm", teamViews.page(state, mine, showRequests && state.loggedIn(), Views.json(state)));
    }

    public CardState state(CardData data) {
        return teamViews.state(data, cards.canEdit(data.card()), currentUser.key().isPresent());
    }

    public List<RequestView> mine(CardData data) {
        return teamViews.requests(requests.mine(data.card()));
    }
}

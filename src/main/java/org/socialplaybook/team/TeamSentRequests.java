package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.SentRequests;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.TeamState.RequestView;

/**
 * The requests a person sent through team cards in these spaces, with their follow-ups' states as the card shows
 * them under its form ({@link TeamViews#requests}). Queries: the person's latest requests (one per hundred spaces),
 * their cards (one),
 * the follow-ups' states (one per couple of hundred, {@link org.socialplaybook.platform.FollowUpStates}); the cards'
 * pages checked in bulk. Cards on trashed pages or pages the person may no longer view are left out.
 */
@Named
public class TeamSentRequests implements SentRequests {
    private final TeamStore store;
    private final TeamViews views;
    private final ReaderAccess readers;

    @Inject
    public TeamSentRequests(TeamStore store, TeamViews views, ReaderAccess readers) {
        this.store = store;
        this.views = views;
        this.readers = readers;
    }

    @Override
    public List<SentRequest> sentBy(Collection<String> spaceKeys, String userKey) {
        if (spaceKeys.isEmpty() || userKey == null) {
            return List.of();
        }
        Set<String> spaces = new HashSet<>(spaceKeys);
        List<Request> sent = store.requestsBy(userKey, spaces, LATEST);
        if (sent.isEmpty()) {
            return List.of();
        }
        Map<Integer, Card> cards = store.cards(sent.stream().map(Request::cardId).distinct().toList());
        cards.values().removeIf(c -> !spaces.contains(c.spaceKey()));
        Set<Long> visible = readers.viewablePages(userKey, cards.values().stream().map(Card::pageId).distinct().toList());
        List<Request> shown = sent.stream().filter(r -> cards.containsKey(r.cardId())
                && visible.contains(cards.get(r.cardId()).pageId())).toList();
        List<SentRequest> list = new ArrayList<>();
        List<RequestView> states = views.requests(shown);
        for (int i = 0; i < shown.size(); i++) {
            Card card = cards.get(shown.get(i).cardId());
            RequestView r = states.get(i);
            list.add(new SentRequest(card.spaceKey(), card.pageId(), card.name(), r.topic(), views.urgencyText(r), r.createdAt(),
                    r.state(), views.stateText(r), TeamViews.lozenge(r)));
        }
        return list;
    }
}

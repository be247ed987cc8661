package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.FollowUpIntake;
import org.socialplaybook.platform.FollowUpRequest;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.Team.Urgency;

/**
 * "How to reach us": anyone who can view the card's page sends a request (topic, text, urgency); it becomes a follow-up
 * on the card's feedback board through {@link FollowUpIntake} (owned by the card's triage person, due by urgency), in
 * the same transaction as the request row, so either both exist or neither. The form's token makes a repeated
 * submission return the first request; one person may send {@value TeamRules#MAX_REQUESTS_PER_DAY} a day per card.
 */
@Named
public class TeamRequestService {
    static final String SOURCE_TYPE = "team-request";
    /** The requests a person sees under the form. */
    static final int MINE_SHOWN = 10;

    private final TeamStore store;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final FollowUpIntake intake;
    private final TimeSource time;
    private final RequestTexts texts;

    @Inject
    public TeamRequestService(TeamStore store, PageAccess pageAccess, CurrentUser currentUser, FollowUpIntake intake,
                              TimeSource time, RequestTexts texts) {
        this.store = store;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.intake = intake;
        this.time = time;
        this.texts = texts;
    }

    public Request submit(int cardId, TeamRequests.RequestBody body) {
        Card card = store.card(cardId).orElseThrow(() -> TeamCardService.notFound(cardId));
        pageAccess.requireView(card.pageId());
        String me = currentUser.requireKey();
        String token = TeamRules.token(body.token());
        Optional<Request> earlier = store.requestByToken(token);
        if (earlier.isPresent()) {
            return mineOrRefuse(earlier.get(), me, cardId);
        }
        String topic = TeamRules.line("topic", body.topic(), TeamRules.MAX_TOPIC, true);
        String text = TeamRules.text("text", body.text(), TeamRules.MAX_TEXT, true);
        Urgency urgency = TeamRules.urgency(body.urgency());
        Instant now = time.now();
        if (store.countSince(card.id(), me, now.minus(Duration.ofDays(1)).toEpochMilli()) >= TeamRules.MAX_REQUESTS_PER_DAY) {
            throw PlaybookException.invalid("social-playbook.team.error.too-many-requests", TeamRules.MAX_REQUESTS_PER_DAY);
        }
        LocalDate due = TeamRules.due(urgency, LocalDate.ofInstant(now, ZoneOffset.UTC));
        try {
            return store.transaction(() -> {
                Request request = store.createRequest(card, me, token, topic, urgency, now);
                GeneratedText title = texts.titleText(card, topic);
                GeneratedText description = texts.descriptionText(card, me, text, urgency);
                long followUp = intake.submit(new FollowUpRequest(card.spaceKey(), card.boardKey(), texts.title(title),
                        texts.description(description), card.triageKey(), due, me, SOURCE_TYPE, token, title, description));
                store.setFollowUp(request.id(), followUp);
                return new Request(request.id(), request.cardId(), me, token, topic, urgency, followUp, request.createdAt());
            });
        } catch (PlaybookException e) {
            throw e;
        } catch (RuntimeException raced) {
            // the same form sent twice at the same moment: the token is unique, the first one won
            return store.requestByToken(token).map(r -> mineOrRefuse(r, me, cardId)).orElseThrow(() -> raced);
        }
    }

    /** The viewer's latest requests through this card, newest first. */
    public List<Request> mine(Card card) {
        return currentUser.key().map(me -> store.requestsOf(card.id(), me, MINE_SHOWN)).orElse(List.of());
    }

    private static Request mineOrRefuse(Request request, String me, int cardId) {
        if (!request.requesterKey().equals(me) || request.cardId() != cardId) {
            throw PlaybookException.invalidField("token", "social-playbook.team.error.token");
        }
        return request;
    }
}

package org.socialplaybook.sandbox.demo;

import org.socialplaybook.feedback.FeedbackService;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.TeamCardService;
import org.socialplaybook.team.TeamRequestService;
import org.socialplaybook.team.TeamRequests;
import org.socialplaybook.team.TeamStore;

/**
 * "Meet the social team" (page 1502): the card with its mission, hours, promise, triage person and channels, written
 * through the card's service as Sofía; two requests from outside the team (Victor in sales, Marco in marketing) that
 * became follow-ups on the feedback board, one of them already answered. Only when the space has no card yet (and
 * after the role matrix and feedback seeds, whose matrix and board it uses).
 */
public final class TeamDemoSeed implements DemoSeed {
    static final long PAGE_ID = 1502;
    static final long BOARD_PAGE_ID = 1401;

    @Override
    public void seed(Sandbox sandbox) {
        TeamStore store = sandbox.components().get(TeamStore.class);
        String space = sandbox.directory().spaceKey();
        if (!store.cardsInSpace(space).isEmpty() || sandbox.pages().find(PAGE_ID).isEmpty()) {
            return;
        }
        TeamCardService cards = sandbox.components().get(TeamCardService.class);
        TeamRequestService requests = sandbox.components().get(TeamRequestService.class);
        int id = sandbox.as("sofia", () -> {
            CardData card = cards.open(new MacroPage(PAGE_ID, space, "Meet the social team", true), "Social Media Team",
                    "Social media team", "followups");
            int cardId = card.card().id();
            int v = cards.updateSettings(cardId, new TeamRequests.SettingsBody(
                    "We are Acme's voice on social media: we answer customers where they ask, and bring what we hear back to every team.",
                    "Monday to Friday 8:00-20:00 CET; weekends 10:00-16:00 for urgent customer care",
                    "We answer every request within one working day, urgent ones within two hours.",
                    sandbox.userKey("liam"), card.card().version())).card().version();
            v = channel(cards, cardId, "CHAT", "#social-help", "https://chat.acme.example/channels/social-help", v);
            v = channel(cards, cardId, "EMAIL", null, "social@acme.example", v);
            v = channel(cards, cardId, "SOCIAL", "@acme on X", "https://x.com/acme", v);
            v = channel(cards, cardId, "SOCIAL", "Acme on Instagram", "https://www.instagram.com/acme", v);
            channel(cards, cardId, "PHONE", "Social hotline (urgent only)", "+34 910 000 123", v);
            return cardId;
        });
        Request leads = sandbox.as("victor", () -> requests.submit(id, new TeamRequests.RequestBody("demo-request-victor-1",
                "A customer asks about bulk pricing on LinkedIn",
                "Hola team, a purchasing manager from a hotel chain commented on our LinkedIn post asking for bulk prices. "
                        + "Could you reply publicly that we will contact them, and pass me their details?", "HIGH")));
        sandbox.as("marco", () -> requests.submit(id, new TeamRequests.RequestBody("demo-request-marco-1",
                "Post about the new Valencia store opening",
                "The Valencia store opens on the 14th. Photos and a quote from the store manager are in the launch folder.", "LOW")));
        FeedbackStore feedback = sandbox.components().get(FeedbackStore.class);
        FollowUp answered = feedback.followUp((int) leads.followUpId()).orElse(null);
        if (answered != null) {
            sandbox.as("sofia", () -> sandbox.components().get(FeedbackService.class)
                    .setDone(BOARD_PAGE_ID, answered.boardKey(), answered.id(), true, answered.version()));
        }
    }

    private static int channel(TeamCardService cards, int cardId, String kind, String label, String address, int version) {
        return cards.addChannel(cardId, new TeamRequests.ChannelBody(kind, label, address, version)).card().version();
    }
}

package org.socialplaybook.team;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** The team card page copied through Confluence's event, on the embedded database. */
public class TeamLifecycleTest {
    private static final long PAGE = 1502;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theCopiedPageShowsItsOwnCardWithTheTeamAndChannelsButNoneOfTheRequests() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int original = cardId(sandbox.viewPage("sofia", PAGE));
        int requests = ao.count(TeamRequestEntity.class);

        long copy = sandbox.sandbox().pageActions().copy(PAGE, "SOCIAL", "Copy of the team", "sofia").id();
        String html = sandbox.viewPage("sofia", copy);
        int copied = cardId(html);

        assertNotEquals(original, copied);
        assertTrue(html, html.contains("Social Media Team (copy)"));
        assertEquals(ao.count(TeamMemberEntity.class, TeamMemberEntity.CARD_ID + " = ?", original),
                ao.count(TeamMemberEntity.class, TeamMemberEntity.CARD_ID + " = ?", copied));
        assertEquals(ao.count(TeamChannelEntity.class, TeamChannelEntity.CARD_ID + " = ?", original),
                ao.count(TeamChannelEntity.class, TeamChannelEntity.CARD_ID + " = ?", copied));
        assertEquals(ao.get(TeamCardEntity.class, original).getMission(), ao.get(TeamCardEntity.class, copied).getMission());
        assertEquals(requests, ao.count(TeamRequestEntity.class));
        assertEquals(0, ao.count(TeamRequestEntity.class, TeamRequestEntity.CARD_ID + " = ?", copied));
        assertEquals(original, cardId(sandbox.viewPage("sofia", PAGE)));
    }

    private static int cardId(String html) {
        int at = html.indexOf("data-card-id=\"");
        assertTrue(html, at >= 0);
        int from = at + "data-card-id=\"".length();
        return Integer.parseInt(html.substring(from, html.indexOf('"', from)));
    }
}

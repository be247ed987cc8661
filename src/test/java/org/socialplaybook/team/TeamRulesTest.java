package org.socialplaybook.team;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.team.Team.ChannelKind;
import org.socialplaybook.team.Team.Urgency;

public class TeamRulesTest {
    @Test
    public void webChannelsAreAbsoluteHttpOrHttpsAddressesWithoutCredentials() {
        assertEquals("https://chat.acme.example/channels/social-help", TeamRules.channel(ChannelKind.CHAT, " https://chat.acme.example/channels/./social-help "));
        assertEquals("http://x.com/acme", TeamRules.channel(ChannelKind.SOCIAL, "http://x.com/acme"));
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
                "/relative/path", "x.com/acme", "https://user:secret@x.com/acme", "ftp://files.acme.example", "https://", "https://a b.com")) {
            assertInvalid("address", "social-playbook.team.error.url", () -> TeamRules.channel(ChannelKind.WEB, bad));
        }
    }

    @Test
    public void emailAndPhoneChannelsBecomeMailtoAndTelLinks() {
        String email = TeamRules.channel(ChannelKind.EMAIL, "mailto:social@acme.example");
        String phone = TeamRules.channel(ChannelKind.PHONE, "+34 910 000-123");

        assertEquals("mailto:social@acme.example", TeamRules.href(ChannelKind.EMAIL, email));
        assertEquals("tel:+34910000123", TeamRules.href(ChannelKind.PHONE, phone));
        assertEquals("https://x.com/acme", TeamRules.href(ChannelKind.SOCIAL, "https://x.com/acme"));
        assertInvalid("address", "social-playbook.team.error.email", () -> TeamRules.channel(ChannelKind.EMAIL, "social at acme"));
        assertInvalid("address", "social-playbook.team.error.email", () -> TeamRules.channel(ChannelKind.EMAIL, "a@b.c\"><script>"));
        assertInvalid("address", "social-playbook.team.error.phone", () -> TeamRules.channel(ChannelKind.PHONE, "call me"));
    }

    @Test
    public void urgencyDecidesWhenARequestIsDue() {
        LocalDate monday = LocalDate.of(2025, 6, 2);

        assertEquals(monday.plusDays(1), TeamRules.due(Urgency.HIGH, monday));
        assertEquals(monday.plusDays(3), TeamRules.due(TeamRules.urgency(null), monday));
        assertEquals(monday.plusDays(10), TeamRules.due(TeamRules.urgency("low"), monday));
        assertInvalid("urgency", "social-playbook.team.error.urgency", () -> TeamRules.urgency("yesterday"));
    }

    @Test
    public void requestTextKeepsParagraphsButNotControlCharacters() {
        assertEquals("Hi team,\n\nplease call.", TeamRules.text("text", "  Hi team,\r\n\r\n\r\n\u0007please call. ", 2000, true));
        assertEquals("One line", TeamRules.line("topic", "One\nline", 120, true));
        assertNull(TeamRules.line("mission", " ", 300, false));
        assertInvalid("text", "social-playbook.team.error.required", () -> TeamRules.text("text", "\n\n", 2000, true));
        assertInvalid("topic", "social-playbook.team.error.too-long", () -> TeamRules.line("topic", "x".repeat(121), 120, true));
    }

    @Test
    public void boardsAndTokensHaveASafeShape() {
        assertEquals("followups", TeamRules.board(null));
        assertInvalid("board", "social-playbook.team.error.board", () -> TeamRules.board("follow ups"));
        assertEquals("3f2b6a1c-9d4e-4f7a-8b2c-1e0d9c8b7a6f", TeamRules.token("3f2b6a1c-9d4e-4f7a-8b2c-1e0d9c8b7a6f"));
        assertInvalid("token", "social-playbook.team.error.token", () -> TeamRules.token("short"));
        assertInvalid("token", "social-playbook.team.error.token", () -> TeamRules.token("<script>alert(1)</script>"));
    }

    private static void assertInvalid(String field, String key, Runnable work) {
        try {
            work.run();
            fail("expected " + key);
        } catch (PlaybookException e) {
            assertEquals(key, e.key());
            assertEquals(field, e.field());
        }
    }
}

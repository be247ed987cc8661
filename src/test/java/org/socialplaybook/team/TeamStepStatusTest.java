package org.socialplaybook.team;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.roles.ActivityEntity;
import org.socialplaybook.roles.CellEntity;
import org.socialplaybook.roles.HolderEntity;
import org.socialplaybook.roles.MatrixEntity;
import org.socialplaybook.roles.ProposalEntity;
import org.socialplaybook.roles.RoleEntity;
import org.socialplaybook.roles.RoleMatrixDirectory;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.ChannelKind;
import org.socialplaybook.team.Team.Urgency;

/** Step 6 in the playbook overview: how much of the team the company can see on its cards. */
public class TeamStepStatusTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private EmbeddedActiveObjects ao;
    private TeamStore store;
    private RoleMatrixStore roles;
    private TeamStepStatus status;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(TeamCardEntity.class, TeamMemberEntity.class, TeamChannelEntity.class, TeamRequestEntity.class,
                MatrixEntity.class, RoleEntity.class, ActivityEntity.class, CellEntity.class, HolderEntity.class, ProposalEntity.class);
        store = new TeamStore(ao);
        roles = new RoleMatrixStore(ao);
        status = new TeamStepStatus(store, new RoleMatrixDirectory(roles));
    }

    @After
    public void tearDown() {
        ao.close();
    }

    @Test
    public void aSpaceWithoutACardReportsNothing() {
        assertTrue(status.statusFor("SOCIAL").isEmpty());
    }

    @Test
    public void aCardWithOnlyAMissionAndAChannelIsStartedAndCountsRequests() {
        Card card = store.createCard("SOCIAL:team", "SOCIAL", "Team", 1502, null, "followups", "u-sofia", NOW);
        store.updateSettings(card.id(), "We answer customers where they ask.", null, null, null);
        store.addChannel(card.id(), ChannelKind.EMAIL, null, "social@acme.example", 0);
        store.createRequest(card, "u-victor", "token-0001", "Prices", Urgency.LOW, NOW);

        StepStatus s = status.statusFor("SOCIAL").get(0);

        assertEquals(PlaybookStep.PROMOTE_TEAM, s.step());
        assertEquals(StepStatus.State.STARTED, s.state());
        assertEquals(50, s.percent());
        assertEquals(List.of("1", "2", "4", "1"), s.summaryArguments());
    }

    @Test
    public void aCardTellingMissionMembersChannelsAndHowItWorksIsInPlaceEvenWithItsMembersFromAMatrix() {
        var matrix = roles.createMatrix("SOCIAL", "Social media team", 1101, null, "u-sofia", NOW);
        var role = roles.addRole(matrix, "Community manager", 0);
        roles.addHolder(matrix, role.id(), "u-liam", false);
        Card card = store.createCard("SOCIAL:team", "SOCIAL", "Team", 1502, "Social media team", "followups", "u-sofia", NOW);
        store.updateSettings(card.id(), "We answer customers where they ask.", "8-20 CET", null, null);
        store.addChannel(card.id(), ChannelKind.SOCIAL, "@acme", "https://x.com/acme", 0);
        store.createCard("SOCIAL:empty", "SOCIAL", "Empty", 1502, null, "followups", "u-sofia", NOW);

        StepStatus s = status.statusFor("SOCIAL").get(0);

        assertEquals(StepStatus.State.IN_PLACE, s.state());
        assertEquals(100, s.percent());
        assertEquals("2", s.summaryArguments().get(0));
    }
}

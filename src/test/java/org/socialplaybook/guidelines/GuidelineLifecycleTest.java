package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * The guidelines page copied, moved, trashed, restored and purged, and the space removed, through the events the
 * sandbox fires as Confluence does, on the embedded database; asserted where a reader sees it.
 */
public class GuidelineLifecycleTest {
    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void aTrashedPageDropsItsGuidelinesFromMyListAndTheOverviewAndRestoringBringsThemBackWithTheirAcknowledgements() {
        List<String> before = mine("nora");
        JsonNode stepBefore = step8();

        sandbox.sandbox().pageActions().trash(GuidelineSandbox.GUIDELINES_PAGE, "sofia");
        List<String> whileTrashed = mine("nora");
        JsonNode stepWhileTrashed = step8();
        sandbox.sandbox().pageActions().restore(GuidelineSandbox.GUIDELINES_PAGE);

        assertEquals(List.of("crisis-escalation", "tone-of-voice", "never-post"), before);
        assertEquals(List.of(), whileTrashed);
        assertEquals(61, stepBefore.get("percent").asInt());
        assertFalse(stepWhileTrashed.toString(), "STARTED".equals(stepWhileTrashed.get("state").asText()));
        assertEquals(before, mine("nora"));
        assertEquals(stepBefore, step8());
        assertEquals("ACKNOWLEDGED", GuidelineSandbox.status(sandbox, "liam", "tone-of-voice").get("state").asText());
    }

    @Test
    public void purgingThePageDeletesItsGuidelinesVersionsAndAcknowledgementsAndNothingElse() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        GuidelineEntity[] onPage = ao.find(GuidelineEntity.class, GuidelineEntity.PAGE_ID + " = ?",
                GuidelineSandbox.GUIDELINES_PAGE);
        int versionsOfPage = 0;
        int acksOfPage = 0;
        for (GuidelineEntity g : onPage) {
            versionsOfPage += ao.count(GuidelineVersionEntity.class, GuidelineVersionEntity.GUIDELINE_ID + " = ?", g.getID());
            acksOfPage += ao.count(GuidelineAckEntity.class, GuidelineAckEntity.GUIDELINE_ID + " = ?", g.getID());
        }
        int guidelines = ao.count(GuidelineEntity.class);
        int versions = ao.count(GuidelineVersionEntity.class);
        int acks = ao.count(GuidelineAckEntity.class);
        int matrices = ao.count(org.socialplaybook.roles.MatrixEntity.class);

        sandbox.sandbox().pageActions().trash(GuidelineSandbox.GUIDELINES_PAGE, "sofia");
        sandbox.sandbox().pageActions().purge(GuidelineSandbox.GUIDELINES_PAGE);

        assertTrue(onPage.length > 0 && versionsOfPage > 0 && acksOfPage > 0);
        assertEquals(guidelines - onPage.length, ao.count(GuidelineEntity.class));
        assertEquals(versions - versionsOfPage, ao.count(GuidelineVersionEntity.class));
        assertEquals(acks - acksOfPage, ao.count(GuidelineAckEntity.class));
        assertEquals(matrices, ao.count(org.socialplaybook.roles.MatrixEntity.class));
        assertEquals(List.of(), mine("nora"));
    }

    @Test
    public void aCopyOfTheGuidelinesPageGetsNoAcknowledgementsAndDoesNotTakeTheOriginalsGuidelines() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int acks = ao.count(GuidelineAckEntity.class);

        long copy = sandbox.sandbox().pageActions().copy(GuidelineSandbox.GUIDELINES_PAGE, "SOCIAL",
                "Copy of our guidelines", "sofia").id();
        String copyHtml = sandbox.viewPage("liam", copy);

        assertEquals(acks, ao.count(GuidelineAckEntity.class));
        assertEquals(0, ao.count(GuidelineEntity.class, GuidelineEntity.PAGE_ID + " = ?", copy));
        assertTrue(copyHtml, copyHtml.contains("already belongs to a guideline on the page"));
        assertEquals("ACKNOWLEDGED", GuidelineSandbox.status(sandbox, "liam", "tone-of-voice").get("state").asText());
        assertEquals(List.of("crisis-escalation", "tone-of-voice", "never-post"), mine("nora"));
    }

    @Test
    public void movingThePageToAnotherSpaceTakesItsGuidelinesAndAcknowledgementsWithIt() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int onPage = ao.count(GuidelineEntity.class, GuidelineEntity.PAGE_ID + " = ?", GuidelineSandbox.GUIDELINES_PAGE);
        int acks = ao.count(GuidelineAckEntity.class, GuidelineAckEntity.SPACE_KEY + " = ?", "SOCIAL");

        sandbox.sandbox().pageActions().move(GuidelineSandbox.GUIDELINES_PAGE, "NEWS");

        assertEquals(onPage, ao.count(GuidelineEntity.class, GuidelineEntity.SPACE_KEY + " = ?", "NEWS"));
        assertEquals(acks, ao.count(GuidelineAckEntity.class, GuidelineAckEntity.SPACE_KEY + " = ?", "NEWS"));
        assertEquals(List.of(), mine("nora"));
    }

    @Test
    public void removingTheSpaceDeletesEveryGuidelineRow() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int withCare = ao.count(GuidelineEntity.class);
        sandbox.sandbox().pageActions().removeSpace("CARE"); // the other demo space first: then only SOCIAL's rows are left
        int social = ao.count(GuidelineEntity.class);
        assertTrue(withCare + " then " + social, social > 0 && social < withCare);

        sandbox.sandbox().pageActions().removeSpace("SOCIAL");

        assertEquals(0, ao.count(GuidelineEntity.class));
        assertEquals(0, ao.count(GuidelineVersionEntity.class));
        assertEquals(0, ao.count(GuidelineAckEntity.class));
    }

    private List<String> mine(String user) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : SandboxRule.json(sandbox.get(user, "/guidelines/SOCIAL/mine"))) {
            keys.add(item.get("key").asText());
        }
        return keys;
    }

    private JsonNode step8() {
        return SandboxRule.json(sandbox.get("sofia", "/spaces/SOCIAL/overview")).get("steps").get(7);
    }
}

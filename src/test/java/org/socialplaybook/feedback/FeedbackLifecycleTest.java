package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** The feedback board's page copied, and the pages follow-ups were raised from trashed, through Confluence's events. */
public class FeedbackLifecycleTest {
    private static final long BOARD_PAGE = 1401;
    private static final String BOARD = "/feedback/pages/1401/boards/followups";
    private static final String REPORT = "/feedback/spaces/SOCIAL/report.csv";
    private static final long TRAINING_PAGE = 1301;
    private static final long TEAM_PAGE = 1502;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theCopiedPageShowsItsOwnEmptyBoardAndAFollowUpAddedThereStaysOffTheOriginal() {
        JsonNode original = board(BOARD);

        long copy = sandbox.sandbox().pageActions().copy(BOARD_PAGE, "SOCIAL", "Copy of feedback", "sofia").id();
        String copyBoard = "/feedback/pages/" + copy + "/boards/followups-copy";
        JsonNode copied = board(copyBoard);
        int added = sandbox.postJson("liam", copyBoard + "/followups", "{\"title\":\"Only on the copy\"}").statusCode();
        String copyPage = sandbox.viewPage("sofia", copy);

        assertTrue(original.get("followUps").size() > 0 && original.get("feedback").size() > 0);
        assertTrue(sandbox.sandbox().pages().find(copy).orElseThrow().storage()
                .contains("<ac:parameter ac:name=\"board\">followups-copy</ac:parameter>"));
        assertEquals("nobody's feedback or follow-ups are copied", List.of(0, 0),
                List.of(copied.get("followUps").size(), copied.get("feedback").size()));
        assertEquals("the settings come with the macro", "SOC", sandbox.sandbox().pages().find(copy).orElseThrow().storage()
                .replaceAll("(?s).*ac:name=\"project\">([^<]*)<.*", "$1"));
        assertEquals(201, added);
        assertEquals(List.of("Only on the copy"), titles(board(copyBoard)));
        assertTrue(copyPage.contains("Only on the copy"));
        assertEquals(titles(original), titles(board(BOARD)));
        assertFalse(sandbox.viewPage("sofia", BOARD_PAGE).contains("Only on the copy"));
    }

    @Test
    public void aBoardWithoutABoardParameterGetsOneOnTheCopyAndACopyKeyIsTheFirstFreeOne() {
        String body = sandbox.sandbox().pages().find(BOARD_PAGE).orElseThrow().storage();
        String withoutKey = body.replace("<ac:parameter ac:name=\"board\">followups</ac:parameter>", "");
        String storage = org.socialplaybook.platform.StorageMacros.setOrAddParameter(withoutKey, "feedback-followups",
                "board", FollowUpRules.DEFAULT_BOARD, "followups"::equals, "followups-copy");

        assertEquals(body.replace("<ac:parameter ac:name=\"board\">followups</ac:parameter>", ""), withoutKey);
        assertTrue(storage.contains("<ac:parameter ac:name=\"board\">followups-copy</ac:parameter>"));
        assertEquals("followups-copy-2", FeedbackLifecycle.copyKey("followups", Set.of("followups", "followups-copy")::contains));
        assertEquals("other", FeedbackLifecycle.copyKey("other", Set.of("followups")::contains));
        assertEquals(FollowUpRules.MAX_BOARD, FeedbackLifecycle.copyKey("x".repeat(64), Set.of("x".repeat(64))::contains).length());
    }

    @Test
    public void followUpsRaisedFromCheckInsAndTeamRequestsLeaveTheBoardAndTheOwnersReportWhileTheirPageIsInTheTrash() {
        JsonNode before = board(BOARD);
        List<String> onBoard = titles(before);
        List<String> raised = titles(before, raisedIds(null)); // as sofia reads them (in her language)
        String report = sandbox.get("sofia", REPORT).body();

        sandbox.sandbox().pageActions().trash(TRAINING_PAGE, "sofia");
        sandbox.sandbox().pageActions().trash(TEAM_PAGE, "sofia");
        List<String> onBoardWhileTrashed = titles(board(BOARD));
        String reportWhileTrashed = sandbox.get("sofia", REPORT).body();
        String pageWhileTrashed = sandbox.viewPage("sofia", BOARD_PAGE);
        sandbox.sandbox().pageActions().restore(TRAINING_PAGE);
        sandbox.sandbox().pageActions().restore(TEAM_PAGE);

        assertFalse("raised from check-ins", raisedIds("training-checkin").isEmpty());
        assertFalse("raised from team requests", raisedIds("team-request").isEmpty());
        assertEquals("every raised follow-up is on the board", raisedIds(null).size(), raised.size());
        List<String> others = new ArrayList<>(onBoard);
        others.removeAll(raised);
        assertEquals(others, onBoardWhileTrashed);
        for (String title : raised) {
            String inCsv = title.replace("\"", "\"\""); // a CSV field doubles its quotes
            assertTrue(title, report.contains(inCsv));
            assertFalse(title, reportWhileTrashed.contains(inCsv));
            assertFalse(title, pageWhileTrashed.contains(title));
        }
        assertEquals("restored: back on the board, in the same order", onBoard, titles(board(BOARD)));
        assertEquals(report, sandbox.get("sofia", REPORT).body());
    }

    @Test
    public void purgingTheTrainingPageDeletesTheFollowUpsItsCheckInsRaisedWithTheirSourceRowsAndKeepsTheOthers() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        JsonNode before = board(BOARD);
        List<String> fromCheckins = titles(before, raisedIds("training-checkin"));
        List<String> fromRequests = titles(before, raisedIds("team-request"));
        int sourceRows = ao.count(SourceRefEntity.class);

        sandbox.sandbox().pageActions().trash(TRAINING_PAGE, "sofia");
        sandbox.sandbox().pageActions().purge(TRAINING_PAGE);
        List<String> onBoard = titles(board(BOARD));

        assertFalse(fromCheckins.isEmpty() || fromRequests.isEmpty());
        assertEquals(List.of(), raisedIds("training-checkin"));
        assertEquals(sourceRows - fromCheckins.size(), ao.count(SourceRefEntity.class));
        assertTrue(onBoard.containsAll(fromRequests));
        assertTrue(onBoard.stream().noneMatch(fromCheckins::contains));
    }

    /** Ids of the follow-ups other capabilities raised (of one source type, or all), read from the table. */
    private List<Integer> raisedIds(String sourceType) {
        List<Integer> ids = new ArrayList<>();
        for (FollowUpEntity f : sandbox.sandbox().activeObjects().find(FollowUpEntity.class,
                FollowUpEntity.SOURCE_REF + " LIKE ?", (sourceType == null ? "" : sourceType + ":") + "%")) {
            ids.add(f.getID());
        }
        return ids;
    }

    /** The titles the board shows for these follow-ups, in its order. */
    private static List<String> titles(JsonNode board, List<Integer> ids) {
        List<String> titles = new ArrayList<>();
        board.get("followUps").forEach(f -> {
            if (ids.contains(f.get("id").asInt())) {
                titles.add(f.get("title").asText());
            }
        });
        return titles;
    }

    private JsonNode board(String path) {
        return SandboxRule.json(sandbox.get("sofia", path)).get("board");
    }

    private static List<String> titles(JsonNode board) {
        List<String> titles = new ArrayList<>();
        board.get("followUps").forEach(f -> titles.add(f.get("title").asText()));
        return titles;
    }
}

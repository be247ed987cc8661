package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.guidelines.GuidelineSandbox.GUIDELINES_PAGE;
import static org.socialplaybook.guidelines.GuidelineSandbox.acknowledge;
import static org.socialplaybook.guidelines.GuidelineSandbox.block;
import static org.socialplaybook.guidelines.GuidelineSandbox.path;
import static org.socialplaybook.guidelines.GuidelineSandbox.publish;
import static org.socialplaybook.guidelines.GuidelineSandbox.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.Burst;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 14: acknowledgements under contention, through REST, on the database the suite runs on. However many clicks
 * arrive at once, each reader has one acknowledgement of a version; every click is answered (200, or 409 when the
 * database was too busy to decide), within seconds, and the page still answers.
 */
public class GuidelineAckContentionTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final List<String> READERS = List.of("sofia", "liam", "nora", "marco", "victor");

    private static int publishAndRead(String key, List<String> readers) {
        publish(SANDBOX, "sofia", GUIDELINES_PAGE, "<p>Guidelines under load.</p>"
                + block(key, "<p>Answer within two hours.</p>", "audience-groups", "confluence-users"));
        int versionId = -1;
        for (String reader : readers) {
            SANDBOX.viewPage(reader, GUIDELINES_PAGE);
            versionId = status(SANDBOX, reader, key).get("versionId").asInt();
        }
        return versionId;
    }

    private static Map<String, Integer> rowsPerReader(String key) {
        Map<String, Integer> rows = new TreeMap<>();
        for (JsonNode h : SandboxRule.json(SANDBOX.get("sofia", path(key) + "/report")).get("history")) {
            rows.merge(h.get("userKey").asText(), 1, Integer::sum);
        }
        return rows;
    }

    @Test
    public void fiftyClicksOfOneReaderAtOnceRecordOneAcknowledgement() throws Exception {
        int versionId = publishAndRead("crowd-one", List.of("nora"));

        Burst.Outcome outcome = Burst.of(50, i -> acknowledge(SANDBOX, "nora", "crowd-one", versionId),
                () -> assertTrue(SANDBOX.viewPage("liam", GUIDELINES_PAGE).contains("</html>")));

        outcome.assertEachAnswered(20, 200, 409);
        assertTrue(outcome.count(200) >= 1);
        assertEquals(Map.of(SANDBOX.userKey("nora"), 1), rowsPerReader("crowd-one"));
        SANDBOX.viewPage("marco", GUIDELINES_PAGE);
    }

    @Test
    public void fiveReadersTenClicksEachAtOnceRecordFiveAcknowledgements() throws Exception {
        int versionId = publishAndRead("crowd-five", READERS);

        Burst.Outcome outcome = Burst.of(50, i -> acknowledge(SANDBOX, READERS.get(i % READERS.size()), "crowd-five", versionId),
                () -> assertTrue(SANDBOX.viewPage("liam", GUIDELINES_PAGE).contains("</html>")));

        outcome.assertEachAnswered(20, 200, 409);
        Map<String, Integer> expected = new TreeMap<>();
        for (String reader : READERS) {
            expected.put(SANDBOX.userKey(reader), 1);
        }
        assertEquals(expected, rowsPerReader("crowd-five"));
        SANDBOX.viewPage("marco", GUIDELINES_PAGE);
    }
}

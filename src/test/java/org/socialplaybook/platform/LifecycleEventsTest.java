package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.news.DigestJob;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * Confluence's events reaching every capability through {@link ConfluenceEvents}, fired by the sandbox as Confluence
 * fires them, on the embedded database: the listener's registration, a space removal, a user's erasure and rename.
 */
public class LifecycleEventsTest {
    private static final long TRAINING_PAGE = 1301;
    private static final long FEEDBACK_PAGE = 1401;
    private static final long TEAM_PAGE = 1502;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theListenerIsRegisteredWhileThePluginRunsAndUnregisteredWhenItStops() {
        ConfluenceEvents listener = sandbox.sandbox().components().get(ConfluenceEvents.class);
        int running = sandbox.sandbox().events().listenerCount();

        listener.onStop();
        int stopped = sandbox.sandbox().events().listenerCount();
        listener.onStart();

        assertEquals(1, running);
        assertEquals(0, stopped);
        assertEquals(1, sandbox.sandbox().events().listenerCount());
    }

    @Test
    public void removingTheSpaceDeletesEveryRowOfEveryTableAndUnschedulesTheMondayDigest() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        Map<String, Integer> before = counts(ao);
        assertNotNull("the demo space's digest is on", sandbox.sandbox().scheduler().jobConfig(DigestJob.jobId("SOCIAL")));

        sandbox.sandbox().pageActions().removeSpace("SOCIAL");
        Map<String, Integer> after = counts(ao);

        assertTrue(before.toString(), before.values().stream().filter(n -> n > 0).count() >= 20);
        List<String> left = new ArrayList<>();
        after.forEach((table, n) -> {
            if (n > 0) {
                left.add(table + "=" + n);
            }
        });
        assertEquals("rows left after the space went: " + left, List.of(), left);
        assertNull(sandbox.sandbox().scheduler().jobConfig(DigestJob.jobId("SOCIAL")));
    }

    @Test
    public void afterNorasAccountIsErasedNothingShowsHerNameAndTheCountsStay() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        String trainingBefore = sandbox.viewPage("sofia", TRAINING_PAGE);
        String feedbackBefore = sandbox.viewPage("sofia", FEEDBACK_PAGE);
        Map<String, Integer> before = counts(ao);

        sandbox.sandbox().pageActions().eraseUser("nora");
        String training = sandbox.viewPage("sofia", TRAINING_PAGE);
        String feedback = sandbox.viewPage("sofia", FEEDBACK_PAGE);
        String team = sandbox.viewPage("sofia", TEAM_PAGE);

        assertTrue(trainingBefore.contains("Nora") && feedbackBefore.contains("Nora"));
        for (String html : List.of(training, feedback, team)) {
            assertFalse(excerpt(html, "Nora"), html.contains("Nora"));
            assertFalse(excerpt(html, "Giménez"), html.contains("Giménez"));
            assertFalse(html.contains("I still freeze when a complaint goes viral"));
        }
        assertFalse(feedback.contains("answered every complaint within minutes"));
        assertEquals("rows are kept: counts and history keep their shape", before, counts(ao));
    }

    @Test
    public void aRenamedPersonKeepsEverythingKeyedByTheirUserKey() {
        List<String> before = mine("nora");

        sandbox.sandbox().pageActions().renameUser("nora", "nora.gimenez", "Nora Giménez Ruiz");

        assertEquals(List.of("crisis-escalation", "tone-of-voice", "never-post"), before);
        assertEquals(before, mine("nora.gimenez"));
        assertTrue(sandbox.viewPage("sofia", TRAINING_PAGE).contains("Nora Giménez Ruiz"));
    }

    private List<String> mine(String user) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : SandboxRule.json(sandbox.get(user, "/guidelines/SOCIAL/mine"))) {
            keys.add(item.get("key").asText());
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> counts(EmbeddedActiveObjects ao) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : sandbox.sandbox().descriptor().aoEntities()) {
            try {
                Class<? extends RawEntity<Integer>> type = (Class<? extends RawEntity<Integer>>) Class.forName(name);
                counts.put(type.getSimpleName(), ao.count(type));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    private static String excerpt(String html, String word) {
        int at = html.indexOf(word);
        return at < 0 ? "" : html.substring(Math.max(0, at - 300), Math.min(html.length(), at + 200));
    }
}

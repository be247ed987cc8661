package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.training.TrainingHarness.base;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.TrainingProgrammes;
import org.socialplaybook.platform.TrainingProgrammes.ProgrammeSummary;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * The training programmes as other capabilities look them up (the goals link objectives to them), through the
 * sandbox: found by key ignoring case, with title, page and the share of required modules done across the audience,
 * at a constant number of queries whatever the number of programmes.
 */
public class TrainingProgrammeLookupTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();
    private static final TrainingHarness H = new TrainingHarness(SANDBOX);

    private static TrainingProgrammes lookup() {
        return SANDBOX.sandbox().components().get(TrainingProgrammes.class);
    }

    private static void complete(String user, int programme, int module) {
        HttpResponse<String> r = SANDBOX.putJson(user, base(programme) + "/my/modules/" + module, "{\"status\":\"COMPLETED\"}");
        assertEquals(r.body(), 200, r.statusCode());
    }

    @Test
    public void aProgrammeIsFoundByItsKeyIgnoringCaseWithItsTitlePageAndTheShareOfRequiredModulesDone() {
        int p = H.programme("key", "Care-Basics", "users", "liam, nora", "title", "Care basics");
        int tone = H.module(p, "Tone", true, null);
        H.module(p, "Escalation", true, null);
        int extra = H.module(p, "Extra reading", false, null);
        complete("liam", p, tone);
        complete("liam", p, extra);

        Optional<ProgrammeSummary> found = SANDBOX.sandbox().as("liam", () -> lookup().find("SOCIAL", " care-basics "));

        assertEquals(Optional.of(new ProgrammeSummary("Care-Basics", "Care basics", 1301, 25)), found);
        assertEquals(Optional.empty(), lookup().find("SOCIAL", "care-basics-2"));
        assertEquals(Optional.empty(), lookup().find("OTHER", "care-basics"));
        assertEquals(Optional.empty(), lookup().find("SOCIAL", null));
    }

    @Test
    public void theSpacesProgrammesAreListedByTitleAtAConstantNumberOfQueries() {
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        ao.statements().reset();
        List<ProgrammeSummary> before = SANDBOX.sandbox().as("liam", () -> lookup().list("SOCIAL"));
        long queriesBefore = ao.statements().count();
        H.programme("matrix", "Social media team", "title", "Aaa role course");
        H.programme("users", "victor", "title", "Aab personal course");
        ao.statements().reset();
        List<ProgrammeSummary> after = SANDBOX.sandbox().as("liam", () -> lookup().list("SOCIAL"));
        long queriesAfter = ao.statements().count();
        ao.statements().reset();
        SANDBOX.sandbox().as("liam", () -> lookup().find("SOCIAL", "social-essentials"));
        long oneProgramme = ao.statements().count();

        assertTrue(before.stream().anyMatch(s -> s.key().equals("social-essentials") && s.title().equals("Social media essentials")));
        assertEquals(before.size() + 2, after.size());
        assertEquals(List.of("Aaa role course", "Aab personal course"), after.subList(0, 2).stream().map(ProgrammeSummary::title).toList());
        assertEquals("programmes sharing a role matrix ask it once", queriesBefore, queriesAfter);
        assertTrue("programmes, modules, learners, the matrix's roles and holders: " + queriesAfter, queriesAfter <= 5);
        assertTrue("one programme: " + oneProgramme, oneProgramme <= 5);
        assertEquals(List.of(), lookup().list("OTHER"));
    }

    @Test
    public void aReaderWhoCannotEditTheProgrammesPageGetsItWithoutItsFigureAndNoLearnerIsRead() {
        int p = H.programme("key", "Reader-Course", "users", "liam, nora", "title", "Reader course");
        complete("liam", p, H.module(p, "Tone", true, null));
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();

        ao.statements().reset();
        Optional<ProgrammeSummary> victor = SANDBOX.sandbox().as("victor", () -> lookup().find("SOCIAL", "reader-course"));
        long victorQueries = ao.statements().count();
        Optional<ProgrammeSummary> anonymous = lookup().find("SOCIAL", "reader-course");
        Optional<ProgrammeSummary> nora = SANDBOX.sandbox().as("nora", () -> lookup().find("SOCIAL", "reader-course"));

        assertEquals(Optional.of(new ProgrammeSummary("Reader-Course", "Reader course", 1301, null)), victor);
        assertEquals(Optional.of(new ProgrammeSummary("Reader-Course", "Reader course", 1301, null)), anonymous);
        assertEquals(Optional.of(new ProgrammeSummary("Reader-Course", "Reader course", 1301, 50)), nora);
        assertTrue("only the programme is read for a reader: " + victorQueries, victorQueries <= 1);
    }
}

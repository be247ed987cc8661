package org.socialplaybook.reminders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.reminders.EmlFiles.only;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.feedback.MutableClock;
import org.socialplaybook.roles.Names;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.reminders.EmlFiles.Mail;
import org.socialplaybook.testing.SandboxRule;

/**
 * Reminders and escalation end to end on the demo space, with a clock the test moves: the daily job (run by hand, as
 * the scheduler would) mails each overdue person once, listing all their items, in their language; a rerun, a quiet
 * weekend and the same period send nothing; 40 days overdue an item escalates, once, to its guideline's contact, to
 * the person Accountable for the role-matrix activity of the same name, or to the programme's trainer; the admin
 * report shows who was reminded and who was escalated to. A refresher is reminded from the day it is due, before it
 * is overdue; "Send reminders now" runs the same once for a space admin. Everything is checked in the {@code .eml}
 * files.
 */
public class ReminderJobTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-19T09:00:00Z")); // a Thursday
    private static final EmlFiles EML = new EmlFiles();

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withClock(CLOCK));

    @Test
    public void overduePeopleGetOneMailEachAndLongOverdueItemsEscalateOnceToTheirAccountable() throws Exception {
        newMails(); // the demo's Monday digest
        // Marco (the only manager) completed the crisis drill 200 days ago; it is valid 6 months: its refresher has
        // been due since 3 Nov and becomes overdue after 3 Dec (the programme's 30 days). He is reminded now.
        save(body(1, 90, 40, "managers", 0));
        List<Mail> refresher = runTwice();
        assertEquals("marco alone, once: " + refresher, 1, refresher.size());
        Mail marco = only(refresher, "marco.rossi@acme.example");
        assertEquals("due, not overdue", "Social Media Team: 1 item waits for you", marco.subject());
        assertTrue(marco.html(), marco.html().contains("Crisis drill (Social media essentials)")
                && marco.html().contains("refresher due since Nov 3, 2026") && marco.html().contains("Dec 3, 2026"));
        assertFalse(marco.html(), marco.html().contains("overdue since"));

        save(body(1, 90, 40, "social-team", 1));
        List<Mail> first = runTwice();
        assertEquals("nora, liam and sofia, one mail each, whatever the runs: " + first, 3, first.size());
        Mail nora = only(first, "nora.gimenez@acme.example");
        assertEquals("Social Media Team: te esperan 2 tareas vencidas", nora.subject());
        assertTrue(nora.html(), nora.html().contains("Our tone of voice") && nora.html().contains("Escalation in a crisis"));
        assertTrue(nora.html(), nora.html().contains("vencida desde el 24 oct 2026 (26 días)"));
        Mail liam = only(first, "liam.chen@acme.example");
        assertEquals("Social Media Team: 4 overdue items wait for you", liam.subject());
        assertTrue(liam.html(), liam.html().contains("Crisis drill (Social media essentials)"));
        assertFalse("not overdue yet", liam.html().contains("Privacy on social channels"));
        assertEquals("Social Media Team: 1 overdue item waits for you", only(first, "sofia.ramos@acme.example").subject());

        CLOCK.advance(Duration.ofDays(2)); // Saturday: quiet
        run();
        assertEquals(List.of(), newMails());

        CLOCK.advance(Duration.ofDays(5)); // Thursday 26 Nov: Sofía's "Responding to customers" is 40 days overdue
        assertEquals("only space admins may send now", 403, SANDBOX.postJson("liam", "/reminders/1001/send-now", "{}").statusCode());
        assertEquals(List.of(), newMails());
        HttpResponse<String> now = SANDBOX.postJson("sofia", "/reminders/1001/send-now", "{}");
        assertEquals(now.body(), 200, now.statusCode());
        JsonNode answer = SandboxRule.json(now);
        assertEquals("SENT", answer.get("state").asText());
        assertEquals("1 mail sent: no item reminded, 1 escalated.", answer.get("message").asText());
        HttpResponse<String> again = SANDBOX.postJson("sofia", "/reminders/1001/send-now", "{}");
        assertEquals(again.body(), 200, again.statusCode());
        assertEquals("a second click sends nothing", "NOTHING", SandboxRule.json(again).get("state").asText());
        run(); // and the daily job neither
        List<Mail> escalated = newMails();
        assertEquals("one escalation, nothing reminded again in the same period: " + escalated, 1, escalated.size());
        Mail toNora = only(escalated, "nora.gimenez@acme.example");
        assertEquals("the guideline's escalation contact, in her language",
                "Social Media Team: se te ha escalado 1 tarea vencida", toNora.subject());
        assertTrue(toNora.html(), toNora.html().contains("Sofía Ramos") && toNora.html().contains("Responding to customers"));

        addActivity("Our tone of voice", "Content lead"); // marco is the Content lead: now he is Accountable
        CLOCK.advance(Duration.ofDays(7)); // Thursday 3 Dec: tone of voice and the crisis guideline 40 days overdue
        run();
        List<Mail> third = newMails();
        Mail toMarco = only(third, "marco.rossi@acme.example");
        assertEquals("Social Media Team: 3 overdue items escalated to you", toMarco.subject());
        assertTrue(toMarco.html(), toMarco.html().contains("Our tone of voice") && toMarco.html().contains("Nora Giménez"));
        Mail toSofia = only(third, "sofia.ramos@acme.example");
        assertTrue("the crisis guideline's contact and brand owner", toSofia.html().contains("Escalation in a crisis"));
        assertFalse("the Accountable, not the block's contact, gets tone of voice", toSofia.html().contains("Our tone of voice"));
        Mail toLiam = only(third, "liam.chen@acme.example");
        assertEquals("privacy is overdue since Sunday: a first reminder, and liam is no longer tone of voice's contact",
                "Social Media Team: 1 overdue item waits for you", toLiam.subject());
        assertTrue(toLiam.html(), toLiam.html().contains("Privacy on social channels"));
        assertEquals(3, third.size());

        CLOCK.advance(Duration.ofDays(18)); // Monday 21 Dec: Liam's training is 42 days overdue
        run();
        List<Mail> fourth = newMails();
        assertEquals(fourth.toString(), 1, fourth.size());
        Mail trainer = only(fourth, "sofia.ramos@acme.example");
        assertEquals("the programme's trainer", "Social Media Team: 3 overdue items escalated to you", trainer.subject());
        assertTrue(trainer.html(), trainer.html().contains("Liam Chen") && trainer.html().contains("Crisis drill"));

        JsonNode report = SandboxRule.json(SANDBOX.get("sofia", "/reminders/1001/report"));
        int reminders = 0;
        int escalations = 0;
        for (JsonNode row : report) {
            if (row.get("escalation").asBoolean()) {
                escalations++;
            } else {
                reminders++;
            }
            assertEquals(row.toString(), "SENT", row.get("outcome").asText());
        }
        assertEquals("marco's refresher, 2 + 4 + 1, then 1 items reminded", 9, reminders);
        assertEquals("1 + 3 + 3 items escalated", 7, escalations);
        JsonNode tone = find(report, "Nora Giménez", "Our tone of voice", true);
        assertEquals("[\"Marco Rossi\"]", tone.get("escalatedToNames").toString());
        assertEquals("2026-12-03T09:00:00Z", tone.get("sentAt").asText());

        String overview = SANDBOX.viewPage("sofia", 1001);
        assertTrue("the space admin's report on the overview", overview.contains("Reminders sent (16)")
                && overview.contains("Escalated to Marco Rossi") && overview.contains("Escalated to Sofía Ramos, Marco Rossi"));
        assertFalse("nobody else sees it", SANDBOX.viewPage("liam", 1001).contains("sp-reminders"));
    }

    @Test
    public void onlySpaceAdminsSeeOrChangeTheSettingsAndBadValuesAre400WithAKeyAndChangeNothing() throws Exception {
        assertEquals(403, SANDBOX.get("liam", "/reminders/1001/settings").statusCode());
        assertEquals(403, SANDBOX.get("liam", "/reminders/1001/report").statusCode());
        assertEquals(403, SANDBOX.putJson("liam", "/reminders/1001/settings", body(1, 7, 14, "social-team", 0)).statusCode());
        int version = SandboxRule.json(SANDBOX.get("sofia", "/reminders/1001/settings")).get("version").asInt();

        assertRefused(body(-1, 7, 14, "social-team", version), "social-playbook.reminders.error.after-days");
        assertRefused(body(1, 0, 14, "social-team", version), "social-playbook.reminders.error.every-days");
        assertRefused(body(5, 7, 5, "social-team", version), "social-playbook.reminders.error.escalate-days");
        assertRefused(body(1, 7, 14, "no-such-group", version), "social-playbook.reminders.error.unknown-group");
        assertRefused(body(1, 7, 14, "", version), "social-playbook.reminders.error.groups");
        assertRefused("{\"enabled\": true, \"version\": " + version + "}", "social-playbook.reminders.error.incomplete");
        assertEquals(version, SandboxRule.json(SANDBOX.get("sofia", "/reminders/1001/settings")).get("version").asInt());

        HttpResponse<String> stale = SANDBOX.putJson("sofia", "/reminders/1001/settings", body(1, 7, 14, "social-team", version + 5));
        assertEquals(400, stale.statusCode());
    }

    private static void assertRefused(String json, String key) {
        HttpResponse<String> answer = SANDBOX.putJson("sofia", "/reminders/1001/settings", json);
        assertEquals(answer.body(), 400, answer.statusCode());
        JsonNode error = SandboxRule.json(answer);
        assertEquals(key, error.get("key").asText());
        assertFalse(error.get("message").asText().isBlank() || error.get("message").asText().equals(key));
    }

    private static String body(int after, int every, int escalate, String group, int version) {
        return "{\"enabled\": true, \"afterDays\": " + after + ", \"everyDays\": " + every
                + ", \"quietWeekends\": true, \"escalateAfterDays\": " + escalate + ", \"groups\": [\"" + group
                + "\"], \"version\": " + version + "}";
    }

    private static void save(String settings) {
        HttpResponse<String> saved = SANDBOX.putJson("sofia", "/reminders/1001/settings", settings);
        assertEquals(saved.body(), 200, saved.statusCode());
    }

    /** The mails of two runs of the job in a row (a rerun must add none). */
    private static List<Mail> runTwice() throws Exception {
        run();
        run();
        return newMails();
    }

    private static void run() {
        SANDBOX.sandbox().scheduler().runNow(ReminderJob.JOB_ID);
    }

    private static void addActivity(String name, String accountableRole) throws Exception {
        RoleMatrixStore store = SANDBOX.sandbox().components().get(RoleMatrixStore.class);
        int id = store.matrixByKey(Names.matrixKey("SOCIAL", "Social media team")).orElseThrow().id();
        JsonNode state = SandboxRule.json(SANDBOX.get("sofia", "/role-matrices/" + id));
        state = SandboxRule.json(SANDBOX.postJson("sofia", "/role-matrices/" + id + "/activities",
                "{\"name\": \"" + name + "\", \"phase\": \"Plan\", \"version\": " + state.get("version").asInt() + "}"));
        int roleId = -1;
        for (JsonNode r : state.get("roles")) {
            if (r.get("name").asText().equals(accountableRole)) {
                roleId = r.get("id").asInt();
            }
        }
        int activityId = -1;
        for (JsonNode a : state.get("activities")) {
            if (a.get("name").asText().equals(name)) {
                activityId = a.get("id").asInt();
            }
        }
        HttpResponse<String> cell = SANDBOX.putJson("sofia", "/role-matrices/" + id + "/cells", "{\"roleId\": " + roleId
                + ", \"activityId\": " + activityId + ", \"letters\": \"A\", \"version\": " + state.get("version").asInt() + "}");
        assertEquals(cell.body(), 200, cell.statusCode());
    }

    private static JsonNode find(JsonNode report, String person, String title, boolean escalation) {
        for (JsonNode row : report) {
            if (row.get("personName").asText().equals(person) && row.get("title").asText().equals(title)
                    && row.get("escalation").asBoolean() == escalation) {
                return row;
            }
        }
        throw new AssertionError("no row for " + person + " / " + title + " in " + report);
    }

    private static List<Mail> newMails() throws Exception {
        return EML.newMails(SANDBOX.sandbox().mailServer().directory());
    }
}

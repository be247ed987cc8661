package org.socialplaybook.reminders;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.feedback.MutableClock;
import org.socialplaybook.reminders.EmlFiles.Mail;
import org.socialplaybook.sandbox.cluster.ClusterDatabase;
import org.socialplaybook.testing.SandboxRule;

/**
 * The reminders job on two sandbox nodes of one database (the demo seeded by the first): run on both at once and
 * then on each again, every overdue person gets one mail in all, and every item is reminded once.
 */
public class ReminderTwoNodeTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-19T09:00:00Z"));
    private static final ClusterDatabase DB = new ClusterDatabase();
    private static final SandboxRule NODE1 = new SandboxRule(c -> DB.node(c.withClock(CLOCK), true));
    private static final SandboxRule NODE2 = new SandboxRule(c -> DB.node(c.withClock(CLOCK), false));

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(DB).around(NODE1).around(NODE2);


    @Test
    public void runsOnBothNodesAtOnceAndAgainSendEachPersonOneMailAndEachItemOnce() throws Exception {
        EmlFiles eml1 = new EmlFiles();
        EmlFiles eml2 = new EmlFiles();
        eml1.newMails(NODE1.sandbox().mailServer().directory()); // the demo's Monday digest
        HttpResponse<String> saved = NODE2.putJson("sofia", "/reminders/1001/settings", """
                {"enabled": true, "afterDays": 1, "everyDays": 90, "quietWeekends": true, "escalateAfterDays": 60,
                 "groups": ["social-team"], "version": 0}""");
        assertEquals(saved.body(), 200, saved.statusCode());

        atOnce();
        NODE1.sandbox().scheduler().runNow(ReminderJob.JOB_ID);
        NODE2.sandbox().scheduler().runNow(ReminderJob.JOB_ID);

        List<Mail> mails = new ArrayList<>(eml1.newMails(NODE1.sandbox().mailServer().directory()));
        mails.addAll(eml2.newMails(NODE2.sandbox().mailServer().directory()));
        Map<String, Integer> perPerson = new TreeMap<>();
        mails.forEach(m -> perPerson.merge(m.to(), 1, Integer::sum));
        assertEquals("{liam.chen@acme.example=1, nora.gimenez@acme.example=1, sofia.ramos@acme.example=1}", perPerson.toString());
        JsonNode report = SandboxRule.json(NODE1.get("sofia", "/reminders/1001/report"));
        assertEquals("2 + 4 + 1 items, each once: " + report, 7, report.size());
        System.out.println("=== Reminders on two nodes: " + perPerson + ", " + report.size() + " reminder rows");
    }

    private static void atOnce() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (SandboxRule node : List.of(NODE1, NODE2)) {
                runs.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return node.sandbox().scheduler().runNow(ReminderJob.JOB_ID);
                }));
            }
            for (Future<?> f : runs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

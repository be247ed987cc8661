package org.socialplaybook.sandbox.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.socialplaybook.goals.GoalRequests;
import org.socialplaybook.goals.GoalService;
import org.socialplaybook.goals.GoalStore;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;

/**
 * "Our goals" (page 1501): the social strategy's three goals, six objectives and who contributes how, written through
 * the goals service as Sofía, with the roles of the "Social media team" matrix (so run after the role matrix seed) and
 * one objective prepared by the "Training" page's programme (after the training seed).
 * The weekly values the team recorded over the past ten Mondays are written with their own dates through the store
 * (the service stamps "now"), so the trends have a history: some objectives on track, one at risk, one off track,
 * one not measured yet. Only when the space has no goals yet.
 */
public final class GoalsDemoSeed implements DemoSeed {
    static final long PAGE_ID = 1501;
    static final String NAME = "Social strategy";
    static final String MATRIX = "Social media team";
    /** The key of the "Training" page's programme (training.xml), so run after the training seed. */
    static final String TRAINING = "social-essentials";
    static final int WEEKS = 10;

    /** An objective with its figures, who records its values, the weekly values oldest first, and its contributors. */
    private record Seed(String title, String unit, double baseline, double target, int dueInWeeks, String activity,
                        String training, String recorder, double[] weekly, String[][] contributions) {
    }

    @Override
    public void seed(Sandbox sandbox) {
        GoalStore store = sandbox.components().get(GoalStore.class);
        String space = sandbox.directory().spaceKey();
        if (!store.setsInSpace(space).isEmpty() || sandbox.pages().find(PAGE_ID).isEmpty()) {
            return;
        }
        GoalService service = sandbox.components().get(GoalService.class);
        LocalDate today = LocalDate.ofInstant(sandbox.components().get(TimeSource.class).now(), ZoneOffset.UTC);
        LocalDate start = today.minusWeeks(WEEKS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        sandbox.as("sofia", () -> {
            GoalData data = service.open(new MacroPage(PAGE_ID, space, "Our goals", true), NAME, MATRIX);
            int id = data.set().id();
            goal(sandbox, service, store, id, start, today, "Be where our customers ask for help",
                    "Customers reach us on social first; we answer them there, fast and well, and solve it without sending them elsewhere.",
                    List.of(
                            new Seed("Median first reply to direct messages", "minutes", 240, 60, 16, "Reply to comments and DMs", null, "nora",
                                    new double[] {240, 228, 205, 190, 176, 160, 151, 140, 128, 118},
                                    new String[][] {
                                            {"ROLE", "Customer care agent", "Answers direct messages within the hour during opening times, with the saved replies."},
                                            {"ROLE", "Community manager", "Keeps the saved replies current and covers the weekend rota."},
                                            {"TEAM", "customer-care", "Takes billing cases handed over from social the same day, without asking the customer to repeat."}}),
                            new Seed("Conversations solved without a phone call", "%", 35, 60, 20, null, TRAINING, "nora",
                                    new double[] {35, 35, 36, 37, 37, 38, 38, 39, 39, 40},
                                    new String[][] {
                                            {"ROLE", "Customer care agent", "Solves the case in the conversation: order status, returns and refunds, step by step."},
                                            {"ROLE", "Social listening analyst", "Spots the questions that keep coming back so we publish the answer before people ask."}})));
            goal(sandbox, service, store, id, start, today, "Grow an engaged community",
                    "People follow us because we are useful and human, and they talk back.",
                    List.of(
                            new Seed("Engaged followers per month, all channels", "followers", 12000, 20000, 12, "Write and schedule posts", null, "liam",
                                    new double[] {12000, 12400, 12900, 13300, 13900, 14300, 14800, 15200, 15900, 16500},
                                    new String[][] {
                                            {"ROLE", "Content lead", "Plans two community formats a month in the editorial calendar."},
                                            {"ROLE", "Community manager", "Runs the weekly Q&A and answers every comment the same day."},
                                            {"PERSON", "marco", "Brings a product expert to one Q&A a month."}}),
                            new Seed("Posts approved at first review", "%", 70, 95, 8, "Check posts that make claims", null, "marco",
                                    new double[] {70, 71, 70, 72, 73, 72, 74, 75, 75, 76},
                                    new String[][] {
                                            {"ROLE", "Brand owner", "Reviews new formats before they launch and explains every rejection."},
                                            {"ROLE", "Content lead", "Checks each draft against the guidelines before it goes to review."},
                                            {"ROLE", "Legal reviewer", "Turns the recurring legal comments into a checklist for writers."}})));
            goal(sandbox, service, store, id, start, today, "Turn social into business",
                    "What we hear on social reaches sales and the business units, and we can show what it is worth.",
                    List.of(
                            new Seed("Qualified sales leads passed from social per month", "leads", 5, 40, 14, "Pass sales leads to the sales team", null, "victor",
                                    new double[] {5, 6, 8, 9, 12, 13, 15, 17, 20, 22},
                                    new String[][] {
                                            {"ROLE", "Sales liaison", "Calls every lead passed from social within two working days and says how it went."},
                                            {"ROLE", "Social listening analyst", "Flags buying signals in public conversations to the sales liaison."},
                                            {"TEAM", "sales", "Tags closed deals that started on social so we can count them."}}),
                            new Seed("Crisis simulations run with legal and brand", "drills", 0, 2, 24, "Handle a brand crisis", null, null,
                                    new double[0],
                                    new String[][] {
                                            {"ROLE", "Brand owner", "Plays the spokesperson and signs off the holding statements."},
                                            {"ROLE", "Legal reviewer", "Writes the scenario and checks every reply we would publish."}})));
            return null;
        });
    }

    private static void goal(Sandbox sandbox, GoalService service, GoalStore store, int setId, LocalDate start, LocalDate today,
                             String title, String description, List<Seed> objectives) {
        GoalData data = service.addGoal(setId, new GoalRequests.GoalBody(title, description, version(store, setId)));
        Goal goal = data.goals().get(data.goals().size() - 1);
        for (Seed s : objectives) {
            data = service.addObjective(setId, goal.id(), new GoalRequests.ObjectiveBody(null, s.title(), s.unit(), s.baseline(),
                    s.target(), null, start.toString(), today.plusWeeks(s.dueInWeeks()).toString(), s.activity(), s.training(),
                    version(store, setId)));
            Objective o = data.objectives().stream().filter(x -> x.title().equals(s.title())).findFirst().orElseThrow();
            for (String[] c : s.contributions()) {
                String ref = c[0].equals("PERSON") ? sandbox.userKey(c[1]) : c[1];
                service.addContribution(setId, o.id(), new GoalRequests.ContributionBody(c[0], ref, c[2], version(store, setId)));
            }
            if (s.weekly().length > 0) {
                String recorder = sandbox.userKey(s.recorder());
                String other = sandbox.userKey("sofia");
                store.transaction(() -> {
                    for (int week = 0; week < s.weekly().length; week++) {
                        Instant at = start.plusWeeks(week + 1L).atTime(9, 15 + week).toInstant(ZoneOffset.UTC);
                        String who = week % 4 == 3 ? other : recorder;
                        String note = week == s.weekly().length - 1 ? "Weekly update" : null;
                        store.recordValue(setId, o.id(), s.weekly()[week], note, who, at);
                    }
                    return null;
                });
            }
        }
    }

    private static int version(GoalStore store, int setId) {
        return store.set(setId).orElseThrow().version();
    }
}

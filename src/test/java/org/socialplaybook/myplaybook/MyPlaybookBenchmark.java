package org.socialplaybook.myplaybook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackEnums;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.feedback.FollowUpOpenItems;
import org.socialplaybook.feedback.NewFollowUp;
import org.socialplaybook.goals.GoalContributions;
import org.socialplaybook.goals.GoalStore;
import org.socialplaybook.goals.GoalViews;
import org.socialplaybook.goals.Goals;
import org.socialplaybook.guidelines.Audience;
import org.socialplaybook.guidelines.GuidelineCategory;
import org.socialplaybook.guidelines.GuidelineLevel;
import org.socialplaybook.guidelines.GuidelineOpenItems;
import org.socialplaybook.guidelines.GuidelinePeople;
import org.socialplaybook.guidelines.GuidelineSettings;
import org.socialplaybook.guidelines.GuidelineStore;
import org.socialplaybook.guidelines.ReackPolicy;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.ObjectivesOfPerson;
import org.socialplaybook.platform.OpenItemsProvider;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.SentRequests;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.team.Team;
import org.socialplaybook.team.TeamSentRequests;
import org.socialplaybook.team.TeamStore;
import org.socialplaybook.team.TeamViews;
import org.socialplaybook.testing.Measure;
import org.socialplaybook.training.Model;
import org.socialplaybook.training.TrainingOpenItems;
import org.socialplaybook.training.TrainingReports;
import org.socialplaybook.training.TrainingStore;

/**
 * What one "My playbook" render costs across many spaces: 200 spaces with 25 items each (5,000 items): 10 guidelines
 * asking Nora and Liam for acknowledgement, 12 follow-ups (half Nora's), one training programme of 3 required modules
 * Nora was assigned 40 days ago (due after 30, so overdue). Nora's render (the three open-item providers across her
 * spaces, then the Velocity section) for 2, 20 and 200 of those spaces: median time and SQL statements. Real stores
 * on the sandbox's ORM (HSQLDB in memory, PostgreSQL in the postgresql run); the space list and the bulk page view
 * check are stand-ins (the sandbox has two spaces; in Confluence both come from its cached permissions, no AO query).
 * Measures only. Run: {@code mvn test -Dtest='MyPlaybookBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
public class MyPlaybookBenchmark {
    private static final int RUNS = 7;
    private static final int SPACES = 200;
    private final List<String> lines = new ArrayList<>();

    @Test
    public void myPlaybookRenderCost() throws Exception {
        Path data = Files.createTempDirectory("my-playbook-benchmark");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(data).withoutDemoData())) {
            EmbeddedActiveObjects ao = sandbox.activeObjects();
            String nora = sandbox.userKey("nora");
            String liam = sandbox.userKey("liam");
            List<String> spaces = new ArrayList<>();
            for (int s = 0; s < SPACES; s++) {
                spaces.add(String.format("S%03d", s));
            }
            int items = seed(sandbox, spaces, nora, liam);

            ReaderAccess everyPage = new ReaderAccess(null, null, null, null) {
                @Override
                public Set<Long> viewablePages(String userKey, Collection<Long> pageIds) {
                    return new LinkedHashSet<>(pageIds);
                }

                @Override
                public Set<String> viewableSpaces(String userKey, java.util.Collection<String> spaceKeys) {
                    return new LinkedHashSet<>(spaceKeys);
                }
            };
            TimeSource time = sandbox.components().get(TimeSource.class);
            List<OpenItemsProvider> providers = List.of(
                    new GuidelineOpenItems(sandbox.components().get(GuidelineStore.class),
                            sandbox.components().get(GuidelinePeople.class), everyPage, time),
                    new FollowUpOpenItems(sandbox.components().get(FeedbackStore.class), everyPage, time),
                    new TrainingOpenItems(sandbox.components().get(TrainingStore.class),
                            sandbox.components().get(TrainingReports.class), everyPage));
            ObjectivesOfPerson objectives = new GoalContributions(sandbox.components().get(GoalStore.class),
                    sandbox.components().get(GoalViews.class), sandbox.components().get(RoleDirectory.class), everyPage, time);
            SentRequests requests = new TeamSentRequests(sandbox.components().get(TeamStore.class),
                    sandbox.components().get(TeamViews.class), everyPage);
            CurrentUser currentUser = sandbox.components().get(CurrentUser.class);
            MyPlaybookViews views = sandbox.components().get(MyPlaybookViews.class);

            print("My playbook benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                    + org.socialplaybook.testing.TestDatabase.KIND + ", " + RUNS + " runs after a warm-up, median)");
            print("Seeded: " + SPACES + " spaces, " + items + " items (per space 10 guidelines, 12 follow-ups, "
                    + "1 role matrix with Nora in its one role, 1 programme of 3 required modules for that matrix's roles, 4 objectives (2 naming Nora), 1 request Nora sent)");
            print(String.format("%8s | %10s %10s | %11s | %12s %8s %10s | %10s %8s", "spaces", "render ms", "statements",
                    "items ms", "Nora's items", "rows", "html KB", "objectives", "requests"));
            for (int n : new int[] {2, 20, 200}) {
                Map<String, String> visible = new LinkedHashMap<>();
                spaces.subList(0, n).forEach(k -> visible.put(k, "Space " + k));
                PageAccess access = new PageAccess(null, null, null, null, null, currentUser) {
                    @Override
                    public Map<String, String> viewableSpaces() {
                        return visible;
                    }
                };
                MyPlaybookService service = new MyPlaybookService(access, currentUser, providers,
                        sandbox.components().get(RoleDirectory.class), everyPage, objectives, requests);
                int[] shown = new int[5];
                long[] cost = Measure.medianAndStatements(ao, RUNS, () -> sandbox.as("nora", () -> {
                    MyPlaybook playbook = service.forCurrentUser();
                    String html = views.render(playbook, true);
                    shown[0] = playbook.entries().size();
                    shown[1] = html.split("sp-my-playbook-row", -1).length - 1;
                    shown[2] = html.length() / 1024;
                    shown[3] = playbook.objectives().size();
                    shown[4] = playbook.requests().size();
                    return null;
                }));
                long[] itemsOnly = Measure.medianAndStatements(ao, RUNS, () -> sandbox.as("nora", service::forCurrentUser));
                print(String.format("%8d | %10d %10d | %11d | %12d %8d %10d | %10d %8d", n, cost[0], cost[1], itemsOnly[0],
                        shown[0], shown[1], shown[2], shown[3], shown[4]));
            }
        }
        Path out = Path.of("target/benchmarks/my-playbook.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** The 5,000 items (setup, not measured); returns how many. */
    private static int seed(Sandbox sandbox, List<String> spaces, String nora, String liam) {
        GuidelineStore guidelines = sandbox.components().get(GuidelineStore.class);
        FeedbackStore feedback = sandbox.components().get(FeedbackStore.class);
        TrainingStore training = sandbox.components().get(TrainingStore.class);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int items = 0;
        for (int s = 0; s < spaces.size(); s++) {
            String space = spaces.get(s);
            long page = 100_000 + s;
            for (int g = 0; g < 10; g++) {
                GuidelineSettings settings = new GuidelineSettings("rule-" + g, "Rule " + g + " of " + space,
                        GuidelineCategory.GENERAL, GuidelineLevel.MUST, new Audience(Set.of(nora, liam), Set.of()), true,
                        7, ReackPolicy.EVERY_CHANGE, "", Set.of(), List.of(), null, null, false);
                guidelines.record(null, space, page, settings, new GuidelineStore.Observed("fp" + g, "", "text " + g, 2, 1),
                        now.minus(Duration.ofDays(g)));
                items++;
            }
            for (int f = 0; f < 12; f++) {
                feedback.createFollowUp(new NewFollowUp(space, "board", page, "Follow-up " + f + " of " + space, null,
                        f % 2 == 0 ? nora : liam, today.plusDays(f - 4), liam, null, -1, null), now);
                items++;
            }
            org.socialplaybook.roles.RoleMatrixStore matrices = sandbox.components().get(org.socialplaybook.roles.RoleMatrixStore.class);
            org.socialplaybook.roles.Model.Matrix matrix = matrices.createMatrix(space, "Team " + space, page, null, liam, now);
            matrices.addHolder(matrix, matrices.addRole(matrix, "Agent", 0).id(), nora, false);
            Model.Programme programme = training.transaction(() -> {
                Model.Programme created = training.createProgramme(space, "onboarding", page, new TrainingStore.Settings(
                        "Onboarding " + space, new Model.Audience(List.of(), List.of(), "Team " + space, List.of()), null, 30,
                        liam, List.of()), liam, now);
                for (int m = 0; m < 3; m++) {
                    training.addModule(created.id(), new TrainingStore.ModuleFields("Module " + m, null,
                            "https://learn.example/" + m, 30, true, null), m);
                }
                training.syncAssignments(created.id(), List.of(nora), today.minusDays(40));
                return created;
            });
            items += 3;
            items += seedGoalsAndRequest(sandbox, space, s, nora, liam, now, today);
            if (programme == null) {
                throw new IllegalStateException("no programme in " + space);
            }
        }
        return items;
    }

    /**
     * A goal set of 4 objectives (one naming Nora in person, one her group customer-care, two only Liam) and a team
     * card through which Nora sent one request (its follow-up open in every second space, done in the others).
     */
    private static int seedGoalsAndRequest(Sandbox sandbox, String space, int s, String nora, String liam, Instant now,
                                           LocalDate today) {
        GoalStore goals = sandbox.components().get(GoalStore.class);
        TeamStore team = sandbox.components().get(TeamStore.class);
        FeedbackStore feedback = sandbox.components().get(FeedbackStore.class);
        long page = 200_000 + s;
        Goals.GoalSet set = goals.createSet("goals-" + space, space, "Goals", page, null, liam, now);
        Goals.Goal goal = goals.addGoal(set.id(), "Goal of " + space, null, 0);
        for (int o = 0; o < 4; o++) {
            Goals.Objective objective = goals.addObjective(set.id(), goal.id(), new GoalStore.ObjectiveFields(
                    "Objective " + o + " of " + space, "%", 0, 100, today.minusDays(30), today.plusDays(30 + o), null, null), o);
            Goals.ContributorKind kind = o == 0 ? Goals.ContributorKind.PERSON : o == 1 ? Goals.ContributorKind.TEAM
                    : Goals.ContributorKind.PERSON;
            String ref = o == 0 ? nora : o == 1 ? "customer-care" : liam;
            goals.addContribution(set.id(), objective.id(), kind, ref, "Helps with objective " + o, 0);
        }
        Team.Card card = team.createCard("card-" + space, space, "Team of " + space, page + 1, null, "board", liam, now);
        Team.Request request = team.createRequest(card, nora, "bench-" + space, "Question to " + space, Team.Urgency.NORMAL, now);
        long followUp = feedback.createFollowUp(new NewFollowUp(space, "board", page + 1, "Request: Question to " + space,
                null, liam, today.plusDays(3), nora, null, -1, null), now).id();
        team.setFollowUp(request.id(), followUp);
        if (s % 2 == 1) {
            FollowUp f = feedback.followUp((int) followUp).orElseThrow();
            feedback.setState(f.id(), f.version(), FeedbackEnums.State.DONE, now);
        }
        return 5;
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }
}

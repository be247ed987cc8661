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
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUpOpenItems;
import org.socialplaybook.feedback.NewFollowUp;
import org.socialplaybook.guidelines.Audience;
import org.socialplaybook.guidelines.GuidelineCategory;
import org.socialplaybook.guidelines.GuidelineLevel;
import org.socialplaybook.guidelines.GuidelineOpenItems;
import org.socialplaybook.guidelines.GuidelinePeople;
import org.socialplaybook.guidelines.GuidelineSettings;
import org.socialplaybook.guidelines.GuidelineStore;
import org.socialplaybook.guidelines.ReackPolicy;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.OpenItemsProvider;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
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
            CurrentUser currentUser = sandbox.components().get(CurrentUser.class);
            MyPlaybookViews views = sandbox.components().get(MyPlaybookViews.class);

            print("My playbook benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                    + org.socialplaybook.testing.TestDatabase.KIND + ", " + RUNS + " runs after a warm-up, median)");
            print("Seeded: " + SPACES + " spaces, " + items + " items (per space 10 guidelines, 12 follow-ups, "
                    + "1 programme of 3 required modules)");
            print(String.format("%8s | %10s %10s | %11s | %12s %8s %10s", "spaces", "render ms", "statements", "items ms",
                    "Nora's items", "rows", "html KB"));
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
                        sandbox.components().get(RoleDirectory.class), everyPage);
                int[] shown = new int[3];
                long[] cost = Measure.medianAndStatements(ao, RUNS, () -> sandbox.as("nora", () -> {
                    MyPlaybook playbook = service.forCurrentUser();
                    String html = views.render(playbook, true);
                    shown[0] = playbook.entries().size();
                    shown[1] = html.split("sp-my-playbook-row", -1).length - 1;
                    shown[2] = html.length() / 1024;
                    return null;
                }));
                long[] itemsOnly = Measure.medianAndStatements(ao, RUNS, () -> sandbox.as("nora", service::forCurrentUser));
                print(String.format("%8d | %10d %10d | %11d | %12d %8d %10d", n, cost[0], cost[1], itemsOnly[0], shown[0],
                        shown[1], shown[2]));
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
            Model.Programme programme = training.transaction(() -> {
                Model.Programme created = training.createProgramme(space, "onboarding", page, new TrainingStore.Settings(
                        "Onboarding " + space, new Model.Audience(List.of(nora), List.of(), null, List.of()), null, 30,
                        liam, List.of()), liam, now);
                for (int m = 0; m < 3; m++) {
                    training.addModule(created.id(), new TrainingStore.ModuleFields("Module " + m, null,
                            "https://learn.example/" + m, 30, true, null), m);
                }
                training.syncAssignments(created.id(), List.of(nora), today.minusDays(40));
                return created;
            });
            items += 3;
            if (programme == null) {
                throw new IllegalStateException("no programme in " + space);
            }
        }
        return items;
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }
}

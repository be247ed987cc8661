package org.socialplaybook.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.guidelines.GuidelineStore;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.training.MacroSettings;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.ProgrammeService;
import org.socialplaybook.training.Requests;
import org.socialplaybook.training.TrainingReports;
import org.socialplaybook.training.TrainingStore;

/**
 * The second demo space, "Customer Care" (CARE), ten days in: its handbook page (2001) was first viewed ten days ago,
 * so its guideline "The first reply within one hour" (a must for the customer-care group, due in 7 days) waits,
 * overdue, for Nora; its onboarding programme has one required module and Nora was assigned 40 days ago (due after
 * 30 days), so it is overdue too. Written through the plugin's own recorder and services. Only on an empty space.
 */
public final class CareSpaceDemoSeed implements DemoSeed {
    static final long PAGE_ID = 2001;
    static final String SPACE = "CARE";

    @Override
    public void seed(Sandbox sandbox) {
        Optional<PageStore.StoredPage> page = sandbox.pages().find(PAGE_ID);
        if (page.isEmpty() || sandbox.directory().otherSpace(SPACE).isEmpty()) {
            return;
        }
        Instant now = sandbox.config().clock().instant();
        GuidelineStore guidelines = sandbox.components().get(GuidelineStore.class);
        if (guidelines.inSpace(SPACE).isEmpty()) {
            GuidelinesDemoSeed.view(sandbox, guidelines, PAGE_ID, SPACE, page.get().storage(), page.get().version(),
                    now.minus(Duration.ofDays(10)));
        }
        TrainingStore training = sandbox.components().get(TrainingStore.class);
        Map<String, String> parameters = TrainingDemoSeed.parameters(sandbox, PAGE_ID);
        if (!training.programmesInSpace(SPACE).isEmpty() || parameters == null) {
            return;
        }
        ProgrammeService programmes = sandbox.components().get(ProgrammeService.class);
        MacroSettings settings = sandbox.components().get(MacroSettings.class);
        Programme programme = sandbox.as("sofia", () -> programmes.open(
                new MacroPage(PAGE_ID, SPACE, page.get().title(), true), settings.parse(parameters, SPACE)));
        sandbox.as("sofia", () -> programmes.addModule(programme.id(), new Requests.ModuleBody("Handling complaints on social",
                "https://learn.acme.example/care/complaints", null, null, 40, true, null, programme.version())));
        sandbox.components().get(TrainingReports.class).snapshotAndRecord(training.programme(programme.id()).orElseThrow());
        LocalDate today = programmes.today();
        training.setAssignedOn(programme.id(), sandbox.userKey("nora"), today.minusDays(40));
    }
}

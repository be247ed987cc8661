package org.socialplaybook.sandbox.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.training.CheckinService;
import org.socialplaybook.training.MacroSettings;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.ProgrammeService;
import org.socialplaybook.training.ProgressService;
import org.socialplaybook.training.Requests;
import org.socialplaybook.training.TrainingReports;
import org.socialplaybook.training.TrainingStore;

/**
 * The "Training" page's programme as the team would have it six weeks in, written through the capability's own
 * services: six modules (pages and URLs), everyone assigned through their role in the "Social media team" matrix
 * about 40 days ago (Victor five days ago), and realistic progress: Sofía and Nora done (a session for the crisis
 * drill, one waiver), Marco with an expired crisis drill (refresher due) and a platform course about to expire,
 * Liam overdue, Victor just started; Sofía's check-in is confident, Nora's is not and asks for help, so a
 * follow-up waits on the feedback board. Only when the space has no programme yet.
 */
public final class TrainingDemoSeed implements DemoSeed {
    static final long PAGE_ID = 1301;

    @Override
    public void seed(Sandbox sandbox) {
        TrainingStore store = sandbox.components().get(TrainingStore.class);
        String space = sandbox.directory().spaceKey();
        if (!store.programmesInSpace(space).isEmpty()) {
            return;
        }
        Map<String, String> parameters = parameters(sandbox);
        if (parameters == null) {
            return;
        }
        MacroSettings settings = sandbox.components().get(MacroSettings.class);
        ProgrammeService programmes = sandbox.components().get(ProgrammeService.class);
        ProgressService progress = sandbox.components().get(ProgressService.class);
        CheckinService checkins = sandbox.components().get(CheckinService.class);
        TrainingReports reports = sandbox.components().get(TrainingReports.class);
        LocalDate today = programmes.today();

        Programme programme = sandbox.as("sofia", () -> programmes.open(new MacroPage(PAGE_ID, space, "Training", true),
                settings.parse(parameters, space)));
        int id = programme.id();
        sandbox.as("sofia", () -> {
            int version = programme.version();
            version = add(programmes, id, version, new Requests.ModuleBody("Platform basics",
                    "https://learn.acme.example/social/platform-basics", null, null, 45, true, 12, version));
            version = add(programmes, id, version, new Requests.ModuleBody("Brand voice", null, "Brand voice in practice",
                    null, 30, true, null, version));
            version = add(programmes, id, version, new Requests.ModuleBody("Customer care on social",
                    "https://learn.acme.example/social/customer-care", null, null, 60, true, 12, version));
            version = add(programmes, id, version, new Requests.ModuleBody("Crisis drill", null, "Roles & responsibilities",
                    null, 90, true, 6, version));
            version = add(programmes, id, version, new Requests.ModuleBody("Privacy and legal",
                    "https://learn.acme.example/social/privacy-legal", null, null, 40, true, 12, version));
            add(programmes, id, version, new Requests.ModuleBody("Social listening tools",
                    "https://learn.acme.example/social/listening", null, null, 30, false, null, version));
            return null;
        });
        Programme current = store.programme(id).orElseThrow();
        reports.snapshotAndRecord(current);
        for (String user : List.of("sofia", "liam", "nora", "marco")) {
            store.setAssignedOn(id, sandbox.userKey(user), today.minusDays(40));
        }
        store.setAssignedOn(id, sandbox.userKey("victor"), today.minusDays(5));

        Map<String, Integer> m = new LinkedHashMap<>();
        store.modules(id).forEach(module -> m.put(module.title(), module.id()));
        int platform = m.get("Platform basics");
        int brand = m.get("Brand voice");
        int care = m.get("Customer care on social");
        int crisis = m.get("Crisis drill");
        int privacy = m.get("Privacy and legal");
        int listening = m.get("Social listening tools");

        sandbox.as("marco", () -> progress.setFor(id, sandbox.userKey("sofia"), platform,
                new Requests.StatusBody("WAIVED", null, "Sofía runs the platform basics course herself")));
        sandbox.as("sofia", () -> {
            done(progress, sandbox, id, "sofia", brand, today.minusDays(38));
            done(progress, sandbox, id, "sofia", care, today.minusDays(33));
            done(progress, sandbox, id, "sofia", privacy, today.minusDays(30));
            done(progress, sandbox, id, "nora", platform, today.minusDays(36));
            done(progress, sandbox, id, "nora", brand, today.minusDays(35));
            done(progress, sandbox, id, "nora", care, today.minusDays(20));
            done(progress, sandbox, id, "nora", privacy, today.minusDays(3));
            done(progress, sandbox, id, "marco", platform, today.minusDays(350));
            done(progress, sandbox, id, "marco", brand, today.minusDays(60));
            done(progress, sandbox, id, "marco", care, today.minusDays(200));
            done(progress, sandbox, id, "marco", crisis, today.minusDays(200));
            done(progress, sandbox, id, "marco", privacy, today.minusDays(100));
            done(progress, sandbox, id, "liam", platform, today.minusDays(30));
            done(progress, sandbox, id, "liam", brand, today.minusDays(25));
            progress.recordSession(id, new Requests.SessionBody(List.of(crisis),
                    List.of(sandbox.userKey("sofia"), sandbox.userKey("nora")),
                    today.minusDays(12).toString(), "Crisis drill with the customer care team, Madrid office"));
            return null;
        });
        sandbox.as("liam", () -> progress.setMine(id, care, new Requests.MyStatusBody("STARTED")));
        sandbox.as("nora", () -> progress.setMine(id, listening, new Requests.MyStatusBody("STARTED")));
        sandbox.as("victor", () -> progress.setMine(id, platform, new Requests.MyStatusBody("STARTED")));
        sandbox.as("sofia", () -> checkins.checkIn(id, new Requests.CheckinBody(5,
                "The drill was the most useful hour of the quarter.", false)));
        sandbox.as("nora", () -> checkins.checkIn(id, new Requests.CheckinBody(2,
                "I still freeze when a complaint goes viral. Could we rehearse the escalation part together?", true)));
    }

    private static int add(ProgrammeService programmes, int id, int version, Requests.ModuleBody body) {
        List<Module> modules = programmes.addModule(id, body);
        return modules.isEmpty() ? version : programmes.version(id);
    }

    private static void done(ProgressService progress, Sandbox sandbox, int id, String user, int module, LocalDate day) {
        progress.setFor(id, sandbox.userKey(user), module, new Requests.StatusBody("COMPLETED", day.toString(), null));
    }

    /** The macro's parameters as written on the demo page. */
    private static Map<String, String> parameters(Sandbox sandbox) {
        return parameters(sandbox, PAGE_ID);
    }

    /** The first training-tracker macro's parameters on a demo page; null when the page or the macro is missing. */
    static Map<String, String> parameters(Sandbox sandbox, long pageId) {
        String storage = sandbox.pages().find(pageId).map(p -> p.storage()).orElse(null);
        if (storage == null) {
            return null;
        }
        Document doc = Jsoup.parse(storage, "", Parser.xmlParser());
        Element macro = doc.select("ac|structured-macro[ac:name=training-tracker]").first();
        if (macro == null) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element p : macro.select("ac|parameter")) {
            parameters.put(p.attr("ac:name"), p.wholeText().trim());
        }
        return parameters;
    }
}

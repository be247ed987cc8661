package org.socialplaybook.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.testing.SandboxRule;

/** Builds programmes on the demo "Training" page (1301: liam, nora, marco edit it, victor only views it) for tests. */
final class TrainingHarness {
    static final long PAGE = 1301;
    private static final AtomicInteger KEYS = new AtomicInteger();

    private final SandboxRule sandbox;

    TrainingHarness(SandboxRule sandbox) {
        this.sandbox = sandbox;
    }

    /** A fresh programme (opened by liam as the macro would) with the given macro parameters besides the key. */
    int programme(String... parameters) {
        Map<String, String> p = parameters(parameters);
        return sandbox.sandbox().as("liam", () -> {
            MacroSettings settings = sandbox.sandbox().components().get(MacroSettings.class);
            ProgrammeService service = sandbox.sandbox().components().get(ProgrammeService.class);
            return service.open(new MacroPage(PAGE, "SOCIAL", "Training", true), settings.parse(p, "SOCIAL")).id();
        });
    }

    /** Macro parameters: a fresh key, then the given name/value pairs. */
    static Map<String, String> parameters(String... parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("key", "test-" + KEYS.incrementAndGet());
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            p.put(parameters[i], parameters[i + 1]);
        }
        return p;
    }

    /** The macro's HTML as {@code user} sees it on the Training page (Velocity with the sandbox's auto-escaping). */
    String render(String user, Map<String, String> parameters) {
        var page = sandbox.sandbox().components().get(com.atlassian.confluence.pages.PageManager.class).getAbstractPage(PAGE);
        var context = new org.socialplaybook.sandbox.pages.StorageFormatRenderer.Context(page, "SOCIAL", "display");
        TrainingTrackerMacro macro = sandbox.sandbox().components().get(TrainingTrackerMacro.class);
        return sandbox.sandbox().as(user, () -> {
            try {
                return macro.execute(parameters, "", context);
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The id of the programme a rendering showed. */
    static int programmeId(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-programme-id=\"(\\d+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no programme in " + html.substring(0, Math.min(500, html.length())));
        }
        return Integer.parseInt(m.group(1));
    }

    /** Adds a module through REST as liam; returns its id. */
    int module(int programme, String title, boolean required, Integer validMonths) {
        int version = version(programme);
        String body = "{\"title\":" + quote(title) + ",\"url\":\"https://learn.acme.example/m\",\"minutes\":20,\"required\":"
                + required + ",\"validMonths\":" + validMonths + ",\"version\":" + version + "}";
        HttpResponse<String> r = sandbox.postJson("liam", base(programme) + "/modules", body);
        if (r.statusCode() != 200) {
            throw new AssertionError("adding a module: HTTP " + r.statusCode() + " " + r.body());
        }
        for (JsonNode m : SandboxRule.json(r).get("modules")) {
            if (m.get("title").asText().equals(title)) {
                return m.get("id").asInt();
            }
        }
        throw new AssertionError("module not in the answer: " + r.body());
    }

    int version(int programme) {
        return SandboxRule.json(sandbox.get("liam", base(programme))).get("state").get("version").asInt();
    }

    static String base(int programme) {
        return "/training/programmes/" + programme;
    }

    String key(String username) {
        return sandbox.userKey(username);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The page as a user sees it (renders the macro, which also records assignments). */
    String page(String user) {
        return sandbox.viewPage(user, PAGE);
    }
}

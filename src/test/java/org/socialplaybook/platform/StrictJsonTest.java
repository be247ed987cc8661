package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.roles.RoleMatrixService;
import org.socialplaybook.testing.SandboxRule;

/**
 * Request bodies are read strictly by the plugin's own mapper (platform.Json via JsonBodies), whatever mapper the
 * product's REST layer has: a value of the wrong JSON type is a translated 400 naming the field and changes nothing.
 */
public class StrictJsonTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static JsonNode newMatrix() {
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(RoleMatrixService.class)
                .open(new MacroPage(1101, "SOCIAL", "Roles & responsibilities", true), "Strict JSON " + System.nanoTime(),
                        null, "<table><tr><th>Activity</th><th>Agent</th></tr><tr><td>Reply</td><td>R</td></tr></table>")
                .matrix().id());
        return SandboxRule.json(SANDBOX.get("liam", "/role-matrices/" + id));
    }

    @Test
    public void aNumberForARoleNameIsA400NamingTheFieldNotARoleCalled123() {
        JsonNode m = newMatrix();
        int before = m.get("roles").size();

        HttpResponse<String> response = SANDBOX.postJson("liam", "/role-matrices/" + m.get("id").asInt() + "/roles",
                "{\"name\":123,\"version\":" + m.get("version").asInt() + "}");

        assertEquals(400, response.statusCode());
        JsonNode error = SandboxRule.json(response);
        assertEquals("social-playbook.error.json-type.text", error.get("key").asText());
        assertEquals("name", error.get("field").asText());
        assertEquals("The field name must be text (a JSON string).", error.get("message").asText());
        assertEquals(before, SandboxRule.json(SANDBOX.get("liam", "/role-matrices/" + m.get("id").asInt())).get("roles").size());
    }

    @Test
    public void aStringForANumberIsA400NamingTheFieldInSpanishToo() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", "/role-matrices/" + m.get("id").asInt() + "/roles")
                .header("Content-Type", "application/json").header("Accept-Language", "es")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Brand\",\"version\":\"" + m.get("version").asInt() + "\"}")));

        assertEquals(400, response.statusCode());
        JsonNode error = SandboxRule.json(response);
        assertEquals("social-playbook.error.json-type.number", error.get("key").asText());
        assertEquals("version", error.get("field").asText());
        assertEquals(m.get("roles").size(), SandboxRule.json(SANDBOX.get("liam", "/role-matrices/" + m.get("id").asInt())).get("roles").size());
    }

    @Test
    public void aFractionForAWholeNumberIsRefused() {
        JsonNode m = newMatrix();

        HttpResponse<String> response = SANDBOX.postJson("liam", "/role-matrices/" + m.get("id").asInt() + "/roles",
                "{\"name\":\"Brand\",\"version\":1.5}");

        assertEquals(400, response.statusCode());
        assertEquals("version", SandboxRule.json(response).get("field").asText());
    }

    @Test
    public void aStringForABooleanIsA400NamingTheField() {
        HttpResponse<String> response = SANDBOX.putJson("liam", "/news/1101/settings", "{\"enabled\":\"true\"}");

        assertEquals(400, response.statusCode());
        JsonNode error = SandboxRule.json(response);
        assertEquals("social-playbook.error.json-type.boolean", error.get("key").asText());
        assertEquals("enabled", error.get("field").asText());
    }

    @Test
    public void theStrictMapperKeepsWhatJsonMeansAndRefusesConversions() throws Exception {
        record Body(String name, Double share, Long count, Boolean on, java.util.List<Integer> ids, LocalDate due) {
        }
        Body ok = Json.mapper().readValue("{\"name\":\"A\",\"share\":35,\"count\":7,\"on\":false,\"ids\":[1,2],\"due\":\"2026-03-01\"}", Body.class);

        assertEquals(new Body("A", 35.0, 7L, false, List.of(1, 2), LocalDate.of(2026, 3, 1)), ok);
        for (String bad : List.of("{\"name\":true}", "{\"share\":\"35\"}", "{\"count\":7.5}", "{\"on\":1}", "{\"ids\":[\"1\"]}",
                "{\"due\":20260301}", "{\"name\":[\"A\"]}")) {
            try {
                Json.mapper().readValue(bad, Body.class);
                throw new AssertionError("accepted " + bad);
            } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException expected) {
                assertTrue(bad + " named " + JsonBodies.path(expected), bad.contains("\"" + JsonBodies.path(expected).replaceAll("\\[\\d+]", "") + "\""));
            }
        }
    }

    @Test
    public void anIsoTextDateIsTheSameForAPlainMapperAsForTheJavaTimeModuleWithTimestamps() throws Exception {
        org.socialplaybook.goals.GoalState.HistoryView view = new org.socialplaybook.goals.GoalState.HistoryView(
                3, "n", "liam", Instant.parse("2026-03-01T10:15:30Z"));
        com.fasterxml.jackson.databind.ObjectMapper plain = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.ObjectMapper timestamps = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        record Unannotated(Instant at) {
        }

        assertTrue(plain.writeValueAsString(view).contains("\"at\":\"2026-03-01T10:15:30Z\""));
        assertEquals(plain.writeValueAsString(view), timestamps.writeValueAsString(view));
        try {
            plain.writeValueAsString(new Unannotated(Instant.EPOCH));
            throw new AssertionError("a plain mapper wrote an unannotated Instant");
        } catch (com.fasterxml.jackson.databind.exc.InvalidDefinitionException expected) {
            // what the sandbox's REST layer answers too (500), so a REST test notices
        }
    }

    @Test
    public void everyJavaTimeValueInAPluginRecordIsWrittenAsIsoText() {
        List<String> unannotated = new java.util.ArrayList<>();
        for (Class<?> type : PluginClasses.all()) {
            if (!type.isRecord() || java.lang.reflect.Modifier.isPrivate(type.getModifiers())) {
                continue;
            }
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                if (component.getType().getName().startsWith("java.time.") && !component.isAnnotationPresent(IsoText.class)) {
                    unannotated.add(type.getName() + "." + component.getName());
                }
            }
        }

        assertEquals(List.of(), unannotated);
    }

    @Test
    public void datesAreWrittenAsIsoTextWithoutTheJavaTimeModule() {
        String json = Json.write(Map.of("at", Instant.parse("2026-03-01T10:15:30Z"), "on", List.of(LocalDate.of(2026, 3, 1))));

        assertTrue(json, json.contains("\"at\":\"2026-03-01T10:15:30Z\""));
        assertTrue(json, json.contains("\"on\":[\"2026-03-01\"]"));
    }
}

package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/** Every REST error, including the JAX-RS runtime's own, is our JSON shape with a message key; never an HTML page. */
public class RestErrorShapeTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Test
    public void aQueryParameterThatIsNotANumberIsA400WithTheBadParameterKey() {
        HttpResponse<String> response = SANDBOX.get("sofia", "/training/programmes/0/people?limit=abc");

        assertBadParameter(response);
    }

    @Test
    public void aPathIdBeyondTheIntegerRangeIsA400WithTheBadParameterKey() {
        HttpResponse<String> response = SANDBOX.get("sofia", "/role-matrices/99999999999");

        assertBadParameter(response);
    }

    @Test
    public void everyResourcesTypedParametersAnswerA400InTheErrorShape() {
        for (String path : List.of("/role-matrices/abc", "/role-matrices/x/export.csv",
                "/goal-sets/abc", "/goal-sets/99999999999/fragment", "/team-cards/abc", "/team-cards/1.5/fragment",
                "/news/abc/headlines", "/news/1/headlines?limit=ten", "/training/programmes/abc",
                "/training/programmes/abc/csv")) {
            assertBadParameter(path, SANDBOX.get("sofia", path));
        }
    }

    @Test
    public void anUnparsableIdInAStateChangingCallChangesNothingAndIsA400() {
        HttpResponse<String> response = SANDBOX.postJson("sofia", "/role-matrices/abc/roles", "{\"name\":\"Reviewer\"}");

        assertBadParameter(response);
    }

    @Test
    public void anUnknownPathIsA404InTheErrorShape() {
        HttpResponse<String> response = SANDBOX.get("sofia", "/no/such/thing");

        assertEquals(404, response.statusCode());
        assertJsonError(response, 404, "social-playbook.error.not-found");
    }

    @Test
    public void aWrongMethodIsA405InTheErrorShape() {
        HttpResponse<String> response = SANDBOX.delete("sofia", "/users/search");

        assertEquals(405, response.statusCode());
        assertJsonError(response, 405, "social-playbook.error.method-not-allowed");
    }

    @Test
    public void aJsonCallWithAnotherContentTypeIsA415InTheErrorShape() {
        HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("sofia", "/role-matrices/1/roles")
                .header("Content-Type", "application/xml").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("<role/>")));

        assertEquals(415, response.statusCode());
        assertJsonError(response, 415, "social-playbook.error.unsupported-media-type");
    }

    private static void assertBadParameter(HttpResponse<String> response) {
        assertBadParameter(response.uri().toString(), response);
    }

    private static void assertBadParameter(String what, HttpResponse<String> response) {
        assertEquals(what + " answered " + response.body(), 400, response.statusCode());
        assertJsonError(response, 400, "social-playbook.error.bad-parameter");
    }

    private static void assertJsonError(HttpResponse<String> response, int status, String key) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = SandboxRule.json(response);
        assertEquals(status, body.get("status").asInt());
        assertEquals(key, body.get("key").asText());
        assertFalse(body.get("message").asText().isBlank());
        assertFalse(body.get("message").asText().contains("Exception"));
    }
}

package org.socialplaybook.sandbox.web;

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

/** The sandbox applies Atlassian REST's access and XSRF rules, and the plugin's one error shape, to every call. */
public class RestAccessRulesTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withExtraRestClasses(List.of(ProbeResource.class)));

    @Test
    public void anUnannotatedResourceRefusesAnonymousCallersWithA401AndATranslatedMessage() {
        HttpResponse<String> response = SANDBOX.get(null, "/probe/licensed");

        assertEquals(401, response.statusCode());
        JsonNode body = SandboxRule.json(response);
        assertEquals("social-playbook.error.login-required", body.get("key").asText());
        assertEquals("Log in to do this.", body.get("message").asText());
    }

    @Test
    public void anUnannotatedResourceServesAnyLoggedInUser() {
        HttpResponse<String> response = SANDBOX.get("victor", "/probe/licensed");

        assertEquals(200, response.statusCode());
        assertEquals(SANDBOX.userKey("victor"), SandboxRule.json(response).get("user").asText());
    }

    @Test
    public void unrestrictedAccessLetsAnonymousCallersIn() {
        HttpResponse<String> response = SANDBOX.get(null, "/probe/open");

        assertEquals(200, response.statusCode());
        assertTrue(SandboxRule.json(response).get("anonymous").asBoolean());
    }

    @Test
    public void adminOnlyRefusesNonAdministratorsAndServesAdministrators() {
        assertEquals(403, SANDBOX.get("victor", "/probe/admin").statusCode());
        assertEquals(200, SANDBOX.get("sofia", "/probe/admin").statusCode());
    }

    @Test
    public void aFormPostWithoutTheNoCheckHeaderIsRefusedAsCrossSite() {
        HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", "/probe/form")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=1")));

        assertEquals(403, response.statusCode());
        assertEquals("social-playbook.error.xsrf", SandboxRule.json(response).get("key").asText());
    }

    @Test
    public void aTextPlainPostWithoutTheHeaderIsRefusedButWithItPasses() {
        HttpRequest.Builder plain = SANDBOX.rest("liam", "/probe/form").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"));
        assertEquals(403, SANDBOX.send(plain).statusCode());

        HttpResponse<String> allowed = SANDBOX.send(SANDBOX.rest("liam", "/probe/form").header("Content-Type", "text/plain")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertEquals(200, allowed.statusCode());
        assertEquals("hello", SandboxRule.json(allowed).get("received").asText());
    }

    @Test
    public void aFormMultipartOrTextPostToAJsonOnlyPluginCallIsA403LikeAtlassianRestAndChangesNothing() {
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
                "text/plain", "text/plain; charset=UTF-8")) {
            HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", "/guidelines/SOCIAL/tone-of-voice/acknowledgements")
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{\"versionId\":1}")));

            assertEquals(type + " answered " + response.body(), 403, response.statusCode());
            JsonNode body = SandboxRule.json(response);
            assertEquals(403, body.get("status").asInt());
            assertEquals("social-playbook.error.xsrf", body.get("key").asText());
        }
    }

    @Test
    public void aMultipartPostWithoutTheHeaderIsRefusedButWithItPasses() {
        String multipart = "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--\r\n";
        assertEquals(403, SANDBOX.send(SANDBOX.rest("liam", "/probe/form").header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString(multipart))).statusCode());

        assertEquals(200, SANDBOX.send(SANDBOX.rest("liam", "/probe/form").header("Content-Type", "multipart/form-data; boundary=xyz")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(multipart))).statusCode());
    }

    @Test
    public void aJsonPostNeedsNoTokenBecauseBrowsersCannotSendItCrossSiteWithoutConsent() {
        HttpResponse<String> response = SANDBOX.postJson("liam", "/probe/echo", "{\"text\":\"hi\",\"count\":2}");

        assertEquals(200, response.statusCode());
        assertEquals(2, SandboxRule.json(response).get("count").asInt());
    }

    @Test
    public void anXsrfExcludedMethodAcceptsPlainTextWithoutTheHeader() {
        HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", "/probe/excluded")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("ok")));

        assertEquals(200, response.statusCode());
    }

    @Test
    public void malformedJsonIsA400WithTheTranslatedKeyNotTheParsersText() {
        HttpResponse<String> response = SANDBOX.postJson("liam", "/probe/echo", "{\"text\": ");

        assertEquals(400, response.statusCode());
        JsonNode body = SandboxRule.json(response);
        assertEquals("social-playbook.error.malformed-json", body.get("key").asText());
        assertFalse(body.get("message").asText().contains("Unexpected"));
    }

    @Test
    public void anUnknownFieldOrAWrongTypeIsA400Too() {
        assertEquals(400, SANDBOX.postJson("liam", "/probe/echo", "{\"text\":\"a\",\"count\":1,\"admin\":true}").statusCode());
        assertEquals(400, SANDBOX.postJson("liam", "/probe/echo", "{\"text\":\"a\",\"count\":\"many\"}").statusCode());
    }

    @Test
    public void aPlaybookExceptionBecomesItsStatusKeyFieldAndTextInTheCallersLanguage() {
        HttpResponse<String> english = SANDBOX.get("liam", "/probe/invalid");
        HttpResponse<String> spanish = SANDBOX.get("nora", "/probe/invalid");

        assertEquals(400, english.statusCode());
        JsonNode body = SandboxRule.json(english);
        assertEquals("social-playbook.error.page-not-found", body.get("key").asText());
        assertEquals("pageId", body.get("field").asText());
        assertEquals("Page 7 does not exist or you cannot view it.", body.get("message").asText());
        assertEquals("La página 7 no existe o no puedes verla.", SandboxRule.json(spanish).get("message").asText());
    }

    @Test
    public void anUnexpectedErrorIsA500WithAReferenceAndNeverTheExceptionText() {
        HttpResponse<String> response = SANDBOX.get("liam", "/probe/boom");

        assertEquals(500, response.statusCode());
        assertFalse(response.body().contains("secret internal detail"));
        assertTrue(SandboxRule.json(response).get("message").asText().matches(".*reference: [0-9a-f]{8}\\..*"));
    }

    @Test
    public void anUnknownPathIsA404InTheErrorShape() {
        assertEquals(404, SANDBOX.get("liam", "/no/such/thing").statusCode());
    }
}

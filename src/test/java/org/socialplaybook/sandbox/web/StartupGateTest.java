package org.socialplaybook.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.Test;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;

/**
 * While the sandbox starts (demo data, start-up hooks), Jetty already listens but serves nothing half-started:
 * every request gets 503 with our JSON error shape (REST) or a translated page, and the first answer that is not
 * 503 comes from a fully started sandbox.
 */
public class StartupGateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    @Test
    public void requestsDuringStartUpGet503UntilTheSandboxIsReady() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("sandbox-gate");
        SandboxConfig tests = SandboxConfig.forTests(data);
        SandboxConfig config = new SandboxConfig(port, tests.contextPath(), data, true, null, null, null, null, null, null,
                tests.clock(), List.of(), true);
        String rest = "http://localhost:" + port + "/confluence/rest/social-playbook/1.0/news/1/headlines";
        String page = "http://localhost:" + port + "/confluence/pages/viewpage.action?pageId=1";

        CompletableFuture<Sandbox> starting = CompletableFuture.supplyAsync(() -> Sandbox.start(config));
        List<Integer> whileStarting = new ArrayList<>();
        JsonNode body503 = null;
        String page503 = null;
        while (!starting.isDone()) {
            try {
                HttpResponse<String> r = http.send(get(rest, "nora"), HttpResponse.BodyHandlers.ofString());
                if (starting.isDone()) {
                    break; // answered around the moment start-up ended: could be either
                }
                whileStarting.add(r.statusCode());
                if (r.statusCode() == 503 && body503 == null) {
                    body503 = JSON.readTree(r.body());
                    page503 = http.send(get(page, "nora"), HttpResponse.BodyHandlers.ofString()).body();
                }
            } catch (ConnectException | java.net.http.HttpConnectTimeoutException notListeningYet) {
                Thread.sleep(5);
            }
        }
        try (Sandbox sandbox = starting.get()) {
            assertTrue("requests were answered while starting: " + whileStarting, !whileStarting.isEmpty());
            assertTrue("every answer before ready is 503: " + whileStarting, whileStarting.stream().allMatch(s -> s == 503));
            assertEquals(503, body503.get("status").asInt());
            assertEquals("social-playbook.sandbox.starting", body503.get("key").asText());
            assertTrue(body503.get("message").asText(), body503.get("message").asText().contains("todavía se está iniciando"));
            assertTrue(page503, page503.contains("todavía se está iniciando"));

            HttpResponse<String> ready = http.send(get(rest, "nora"), HttpResponse.BodyHandlers.ofString());
            assertTrue("served once started: " + ready.statusCode(), ready.statusCode() != 503);
            HttpResponse<String> pageReady = http.send(get(page, "sofia"), HttpResponse.BodyHandlers.ofString());
            assertTrue("page served once started: " + pageReady.statusCode(), pageReady.statusCode() != 503);
            System.out.println("StartupGateTest: " + whileStarting.size() + " requests answered 503 while starting");
        }
    }

    private static HttpRequest get(String url, String user) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + auth)
                .timeout(Duration.ofSeconds(10)).GET().build();
    }
}

package org.socialplaybook.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.junit.rules.ExternalResource;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;

/**
 * A running sandbox for one test class (use as {@code @ClassRule}) or one test ({@code @Rule}): free port,
 * in-memory database, throwaway data directory; plus an HTTP client that calls it as a demo user would.
 */
public final class SandboxRule extends ExternalResource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnaryOperator<SandboxConfig> customize;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Sandbox sandbox;
    private Path dataDirectory;
    private SandboxConfig config;

    public SandboxRule() {
        this(UnaryOperator.identity());
    }

    public SandboxRule(UnaryOperator<SandboxConfig> customize) {
        this.customize = customize;
    }

    @Override
    protected void before() throws IOException {
        dataDirectory = Files.createTempDirectory("sandbox-test");
        config = customize.apply(SandboxConfig.forTests(dataDirectory));
        sandbox = Sandbox.start(config);
    }

    /** Closes the sandbox; fails the test if a template called a method the Velocity allowlist blocks. */
    @Override
    protected void after() {
        if (sandbox != null) {
            java.util.List<String> blocked = sandbox.templates().blockedCalls();
            sandbox.close();
            if (!blocked.isEmpty()) {
                throw new AssertionError("Templates called methods that are not on the Velocity allowlist "
                        + "(add them to <velocity-allowlist> in atlassian-plugin.xml, or pass a prepared value): "
                        + String.join("; ", new java.util.TreeSet<>(blocked)));
            }
        }
        if (config != null) {
            TestDatabase.release(config.jdbcUrl());
        }
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    public String restUrl(String path) {
        return sandbox.baseUrl() + "/rest/social-playbook/1.0" + path;
    }

    /** A request to {@code /rest/social-playbook/1.0<path>} as {@code user} (null: anonymous). */
    public HttpRequest.Builder rest(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(restUrl(path))).timeout(Duration.ofSeconds(20));
        return user == null ? b : b.header("Authorization", basic(user));
    }

    /** A request to any path below the context path, as {@code user} (null: anonymous). */
    public HttpRequest.Builder page(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).timeout(Duration.ofSeconds(20));
        return user == null ? b : b.header("Authorization", basic(user));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String user, String path) {
        return send(rest(user, path).GET());
    }

    public HttpResponse<String> postJson(String user, String path, String json) {
        return send(rest(user, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String user, String path, String json) {
        return send(rest(user, path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String user, String path) {
        return send(rest(user, path).DELETE());
    }

    /** The rendered HTML of a demo page, as {@code user} sees it. */
    public String viewPage(String user, long pageId) {
        HttpResponse<String> response = send(page(user, "/pages/viewpage.action?pageId=" + pageId).GET());
        if (response.statusCode() != 200) {
            throw new AssertionError("Page " + pageId + " as " + user + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Rows of every table of the plugin (the descriptor's AO entities), by entity name, in the descriptor's order. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Integer> rowCounts() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String name : sandbox.descriptor().aoEntities()) {
            try {
                Class<? extends net.java.ao.RawEntity<Integer>> type =
                        (Class<? extends net.java.ao.RawEntity<Integer>>) Class.forName(name);
                counts.put(type.getSimpleName(), sandbox.activeObjects().count(type));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    public String userKey(String username) {
        return sandbox.userKey(username);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}

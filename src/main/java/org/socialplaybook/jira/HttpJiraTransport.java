package org.socialplaybook.jira;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Jira over {@link HttpClient} with the space's URL and token (personal access token or e-mail + API token). */
public final class HttpJiraTransport implements JiraTransport {
    private final JiraConnection connection;
    private final JiraTimeouts timeouts;
    private final HttpClient http;

    public HttpJiraTransport(JiraConnection connection, JiraTimeouts timeouts, HttpClient http) {
        this.connection = connection;
        this.timeouts = timeouts;
        this.http = http;
    }

    @Override
    public JiraResponse exchange(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + pathAndQuery))
                .timeout(timeouts.request())
                .header("Accept", "application/json")
                .header("Authorization", authorization())
                .header("X-Atlassian-Token", "no-check");
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new JiraResponse(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpConnectTimeoutException e) {
            throw new JiraException(JiraFailure.UNREACHABLE, 0, null, List.of(), e);
        } catch (HttpTimeoutException e) {
            throw new JiraException(JiraFailure.TIMEOUT, 0, null, List.of(), e);
        } catch (ConnectException e) {
            throw new JiraException(JiraFailure.UNREACHABLE, 0, null, List.of(), e);
        } catch (IOException e) {
            throw new JiraException(JiraFailure.UNREACHABLE, 0, null, List.of(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraException(JiraFailure.TIMEOUT, 0, null, List.of(), e);
        } catch (IllegalArgumentException e) {
            throw new JiraException(JiraFailure.NOT_CONFIGURED, 0, null, List.of(), e);
        }
    }

    private String authorization() {
        String secret = connection.secret() == null ? "" : connection.secret();
        if (connection.auth() == JiraAuth.BASIC) {
            String pair = (connection.user() == null ? "" : connection.user()) + ":" + secret;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return "Bearer " + secret;
    }

    @Override
    public String displayUrl() {
        return connection.baseUrl();
    }
}

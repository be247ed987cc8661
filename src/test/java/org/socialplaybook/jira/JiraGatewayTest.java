package org.socialplaybook.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;

/** Which Jira a space talks to: the Application Link when Confluence has one, else the space's own connection. */
public class JiraGatewayTest {
    @Rule
    public final FakeJira jira = new FakeJira();
    @Rule
    public final org.junit.rules.TemporaryFolder home = new org.junit.rules.TemporaryFolder();

    private final EmbeddedActiveObjects ao = org.socialplaybook.testing.TestDatabase.activeObjects(PluginDescriptor.load().aoNamespace());
    private final JiraTimeouts timeouts = new JiraTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1));

    @After
    public void tearDown() {
        ao.close();
    }

    private JiraConnectionStore store() {
        ao.migrate(JiraConnectionEntity.class);
        return new JiraConnectionStore((ActiveObjects) ao, new org.socialplaybook.platform.KeyFileSecrets(
                new org.socialplaybook.sandbox.confluence.SandboxApplicationProperties("http://localhost", "", home.getRoot().toPath())));
    }

    @Test
    public void withoutAnApplicationLinkTheSpacesOwnConnectionIsUsedAndNoConnectionMeansNone() {
        JiraConnectionStore store = store();
        JiraGateway gateway = new JiraGateway(type -> null, store, timeouts);

        assertTrue(gateway.client("SOCIAL").isEmpty());
        store.save("SOCIAL", jira.url(), JiraAuth.TOKEN, null, FakeJira.TOKEN, "admin", Instant.now());
        assertEquals("Jira Bot", gateway.require("SOCIAL").myselfDisplayName());
        try {
            gateway.require("OTHER");
            fail();
        } catch (JiraException e) {
            assertEquals(JiraFailure.NOT_CONFIGURED, e.failure());
        }
    }

    @Test
    public void anApplicationLinkWinsOverTheStoredConnectionWithItsOwnAuthentication() {
        JiraConnectionStore store = store();
        store.save("SOCIAL", "http://127.0.0.1:9", JiraAuth.TOKEN, null, "wrong", "admin", Instant.now());
        JiraGateway gateway = new JiraGateway(type -> link(false), store, timeouts);

        JiraClient client = gateway.require("SOCIAL");

        assertTrue(client.projects().stream().anyMatch(p -> p.key().equals("SOC")));
        assertEquals(jira.url() + "/browse/SOC-1", client.browseUrl("SOC-1"));
        assertEquals("Jira (link)", gateway.applicationLinkName());
    }

    @Test
    public void aLinkThatNeedsTheUserToAuthoriseSaysSo() {
        JiraGateway gateway = new JiraGateway(type -> link(true), store(), timeouts);

        try {
            gateway.require("SOCIAL").projects();
            fail();
        } catch (JiraException e) {
            assertEquals(JiraFailure.NEEDS_AUTHORISATION, e.failure());
        }
    }

    /** An Application Link whose requests go to the fake Jira, authenticated the way the link would (here a token). */
    private ApplicationLink link(boolean needsAuthorisation) {
        HttpClient http = HttpClient.newHttpClient();
        ApplicationLinkRequestFactory factory = (method, url) -> {
            if (needsAuthorisation) {
                throw new CredentialsRequiredException(() -> URI.create("http://jira/authorise"), "authorise first");
            }
            return request(http, method, url);
        };
        return new ApplicationLink() {
            @Override
            public String getName() {
                return "Jira (link)";
            }

            @Override
            public URI getDisplayUrl() {
                return URI.create(jira.url() + "/");
            }

            @Override
            public URI getRpcUrl() {
                return URI.create(jira.url());
            }

            @Override
            public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
                return factory;
            }
        };
    }

    private ApplicationLinkRequest request(HttpClient http, Request.MethodType method, String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(jira.url() + url))
                .header("Authorization", "Bearer " + FakeJira.TOKEN);
        String[] body = new String[2];
        return (ApplicationLinkRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ApplicationLinkRequest.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "addHeader" -> builder.header((String) args[0], (String) args[1]);
                        case "setRequestBody" -> {
                            body[0] = (String) args[0];
                            body[1] = (String) args[1];
                        }
                        case "executeAndReturn" -> {
                            if (body[0] != null) {
                                builder.header("Content-Type", body[1]);
                            }
                            builder.method(method.name(), body[0] == null ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body[0]));
                            HttpResponse<String> r;
                            try {
                                r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                            } catch (java.io.IOException e) {
                                throw new ResponseException(e);
                            }
                            @SuppressWarnings("unchecked")
                            ReturningResponseHandler<Response, Object> handler = (ReturningResponseHandler<Response, Object>) args[0];
                            return handler.handle(new Response() {
                                @Override
                                public int getStatusCode() {
                                    return r.statusCode();
                                }

                                @Override
                                public String getResponseBodyAsString() {
                                    return r.body();
                                }

                                @Override
                                public String getHeader(String name) {
                                    return r.headers().firstValue(name).orElse(null);
                                }
                            });
                        }
                        default -> {
                        }
                    }
                    return proxy;
                });
    }
}

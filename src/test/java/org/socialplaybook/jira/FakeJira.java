package org.socialplaybook.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.rules.ExternalResource;

/**
 * A WireMock server that behaves like Jira Data Center's REST API v2 for the calls the plugin makes, with the JSON
 * Jira sends (issues with status, statusCategory, assignee, resolution; search pages; Jira's error shape), and
 * with faults a test can switch on: an HTTP status (500, 401, 429 with Retry-After), a slow answer (the issue is
 * still created, only the answer comes late), malformed JSON, or no server at all (connection refused).
 */
public final class FakeJira extends ExternalResource {
    public static final String TOKEN = "fake-pat-7f3a9c";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY_IN = Pattern.compile("key in \\(([^)]*)\\)");
    private static final Pattern LABEL_IS = Pattern.compile("labels = \"([^\"]+)\"");

    /** One stored issue. */
    public static final class Issue {
        public final String id;
        public final String key;
        public final String project;
        public final String summary;
        public final String description;
        public final String dueDate;
        public final List<String> labels;
        public volatile String assignee;
        public volatile String status = "To Do";
        public volatile String statusId = "10000";
        public volatile String category = "new";
        public volatile String resolution;

        Issue(String id, String key, String project, String summary, String description, String dueDate,
              List<String> labels, String assignee) {
            this.id = id;
            this.key = key;
            this.project = project;
            this.summary = summary;
            this.description = description;
            this.dueDate = dueDate;
            this.labels = List.copyOf(labels);
            this.assignee = assignee;
        }
    }

    private record Fault(String method, String pathPrefix, int status, String body, Map<String, String> headers,
                         int delayMs, AtomicInteger remaining, boolean stillServe) {
    }

    private final Map<String, Issue> issues = new ConcurrentHashMap<>();
    private final Map<String, String> projects = new LinkedHashMap<>(Map.of("SOC", "Social Media", "MKT", "Marketing"));
    private final Map<String, String> users = new LinkedHashMap<>(Map.of("liam", "Liam Chen", "nora", "Nora Giménez",
            "marco", "Marco Rossi", "sofia", "Sofía Ramos"));
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final List<JsonNode> searchBodies = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextId = new AtomicInteger(10_000);
    private final Map<String, AtomicInteger> nextNumber = new ConcurrentHashMap<>();
    private WireMockServer server;
    private int port;

    @Override
    protected void before() {
        start();
    }

    @Override
    protected void after() {
        if (server != null) {
            server.stop();
        }
    }

    public void start() {
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1").extensions(new Transformer())
                .containerThreads(20).asynchronousResponseEnabled(false));
        server.start();
        port = server.port();
        server.stubFor(any(urlPathMatching("/rest/api/2/.*")).willReturn(aResponse().withTransformers("fake-jira")));
    }

    /** Jira goes away: connections are refused until {@link #start()} brings it back on the same port. */
    public void stop() {
        server.stop();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    // --- faults ---

    /** The next {@code times} requests (method and path prefix; null for any) answer with this status and body. */
    public FakeJira failWith(String method, String pathPrefix, int times, int status, String body, Map<String, String> headers) {
        faults.add(new Fault(method, pathPrefix, status, body, headers, 0, new AtomicInteger(times), false));
        return this;
    }

    /** The next {@code times} requests are served (an issue is really created) but answered only after a delay. */
    public FakeJira slow(String method, String pathPrefix, int times, int delayMs) {
        faults.add(new Fault(method, pathPrefix, 0, null, Map.of(), delayMs, new AtomicInteger(times), true));
        return this;
    }

    public void clearFaults() {
        faults.clear();
    }

    // --- the data ---

    public Collection<Issue> issues() {
        return issues.values();
    }

    public Issue issue(String key) {
        return issues.get(key);
    }

    /** Adds an issue as if someone had created it in Jira. */
    public Issue existing(String project, String summary) {
        return store(project, summary, null, null, List.of(), null);
    }

    /** Moves an issue to a status (and resolution, for done). */
    public void transition(String key, String status, String category, String resolution) {
        Issue issue = issues.get(key);
        issue.status = status;
        issue.category = category;
        issue.statusId = "done".equals(category) ? "10001" : "indeterminate".equals(category) ? "3" : "10000";
        issue.resolution = resolution;
    }

    public void delete(String key) {
        issues.remove(key);
    }

    /** How many issues carry this label (the plugin's marker: must never be more than one). */
    public long withLabel(String label) {
        return issues.values().stream().filter(i -> i.labels.contains(label)).count();
    }

    public int requests(String method, String pathPrefix) {
        return counters.entrySet().stream().filter(e -> e.getKey().startsWith(method + " " + pathPrefix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    public int totalRequests() {
        return counters.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public List<JsonNode> searchBodies() {
        return List.copyOf(searchBodies);
    }

    public void resetCounts() {
        counters.clear();
        searchBodies.clear();
    }

    private Issue store(String project, String summary, String description, String due, List<String> labels, String assignee) {
        int number = nextNumber.computeIfAbsent(project, p -> new AtomicInteger()).incrementAndGet();
        Issue issue = new Issue(String.valueOf(nextId.incrementAndGet()), project + "-" + number, project, summary,
                description, due, labels, assignee);
        issues.put(issue.key, issue);
        return issue;
    }

    // --- Jira's REST API v2 ---

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            String method = request.getMethod().getName();
            String url = request.getUrl();
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            counters.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
            int delay = 0;
            for (Fault fault : faults) {
                if ((fault.method() == null || fault.method().equals(method))
                        && (fault.pathPrefix() == null || path.startsWith(fault.pathPrefix()))
                        && fault.remaining().getAndDecrement() > 0) {
                    if (!fault.stillServe()) {
                        ResponseDefinitionBuilder r = aResponse().withStatus(fault.status()).withBody(fault.body());
                        fault.headers().forEach(r::withHeader);
                        return r.build();
                    }
                    delay = fault.delayMs();
                    break;
                }
            }
            if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
                return aResponse().withStatus(401).withHeader("WWW-Authenticate", "OAuth realm=\"jira\"")
                        .withHeader("Content-Type", "text/html;charset=UTF-8")
                        .withBody("<html><body>Unauthorized (401)</body></html>").build();
            }
            ResponseDefinitionBuilder response;
            try {
                response = answer(method, path, url, request.getBodyAsString());
            } catch (IOException e) {
                response = json(400, error("Unparseable request", Map.of()));
            }
            if (delay > 0) {
                response.withFixedDelay(delay);
            }
            return response.build();
        }

        @Override
        public String getName() {
            return "fake-jira";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    private ResponseDefinitionBuilder answer(String method, String path, String url, String body) throws IOException {
        if (method.equals("POST") && path.equals("/rest/api/2/issue")) {
            return create(JSON.readTree(body));
        }
        if (method.equals("POST") && path.equals("/rest/api/2/search")) {
            JsonNode search = JSON.readTree(body);
            searchBodies.add(search);
            return search(search);
        }
        if (method.equals("GET") && path.startsWith("/rest/api/2/issue/createmeta/") && path.endsWith("/issuetypes")) {
            String project = path.substring("/rest/api/2/issue/createmeta/".length(), path.length() - "/issuetypes".length());
            if (!projects.containsKey(project)) {
                return json(404, error("No project could be found with key '" + project + "'.", Map.of()));
            }
            ObjectNode page = JSON.createObjectNode().put("maxResults", 100).put("startAt", 0).put("total", 3).put("isLast", true);
            ArrayNode values = page.putArray("values");
            values.add(type("10002", "Task", false));
            values.add(type("10004", "Bug", false));
            values.add(type("10003", "Sub-task", true));
            return json(200, page);
        }
        if (method.equals("GET") && path.startsWith("/rest/api/2/issue/")) {
            Issue issue = issues.get(path.substring("/rest/api/2/issue/".length()));
            return issue == null ? json(404, error("Issue Does Not Exist", Map.of())) : json(200, issueJson(issue, null));
        }
        if (method.equals("GET") && path.equals("/rest/api/2/project")) {
            ArrayNode list = JSON.createArrayNode();
            projects.forEach((key, name) -> list.addObject().put("expand", "description,lead,url,projectKeys")
                    .put("self", url() + "/rest/api/2/project/" + key).put("id", String.valueOf(10_000 + key.hashCode() % 100))
                    .put("key", key).put("name", name).put("projectTypeKey", "software"));
            return json(200, list);
        }
        if (method.equals("GET") && path.equals("/rest/api/2/myself")) {
            return json(200, user("jira-bot", "Jira Bot"));
        }
        if (method.equals("GET") && path.equals("/rest/api/2/user")) {
            String username = URLDecoder.decode(url.replaceAll(".*username=", ""), StandardCharsets.UTF_8);
            return users.containsKey(username) ? json(200, user(username, users.get(username)))
                    : json(404, error("The user named '" + username + "' does not exist", Map.of()));
        }
        return json(404, error("null for uri: " + url(), Map.of()));
    }

    private ResponseDefinitionBuilder create(JsonNode body) {
        JsonNode fields = body.path("fields");
        String project = fields.path("project").path("key").asText("");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!projects.containsKey(project)) {
            errors.put("project", "valid project is required");
        }
        String type = fields.path("issuetype").path("name").asText("");
        if (!List.of("Task", "Bug").contains(type)) {
            errors.put("issuetype", "valid issue type is required");
        }
        if (fields.path("summary").asText("").isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        String assignee = fields.path("assignee").path("name").asText(null);
        if (assignee != null && !users.containsKey(assignee)) {
            errors.put("assignee", "User '" + assignee + "' does not exist.");
        }
        if (!errors.isEmpty()) {
            return json(400, error(null, errors));
        }
        List<String> labels = new ArrayList<>();
        fields.path("labels").forEach(l -> labels.add(l.asText()));
        Issue issue = store(project, fields.path("summary").asText(), fields.path("description").asText(null),
                fields.path("duedate").asText(null), labels, assignee);
        return json(201, JSON.createObjectNode().put("id", issue.id).put("key", issue.key)
                .put("self", url() + "/rest/api/2/issue/" + issue.id));
    }

    private ResponseDefinitionBuilder search(JsonNode body) {
        String jql = body.path("jql").asText("");
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(f -> fields.add(f.asText()));
        List<Issue> found = new ArrayList<>();
        Matcher keys = KEY_IN.matcher(jql);
        Matcher label = LABEL_IS.matcher(jql);
        if (keys.find()) {
            for (String key : keys.group(1).split(",")) {
                Issue issue = issues.get(key.trim());
                if (issue != null) {
                    found.add(issue);
                } else if (body.path("validateQuery").asBoolean(true)) {
                    return json(400, error("An issue with key '" + key.trim() + "' does not exist for field 'key'.", Map.of()));
                }
            }
        } else if (label.find()) {
            issues.values().stream().filter(i -> i.labels.contains(label.group(1))).forEach(found::add);
        } else {
            return json(400, error("Error in the JQL Query: " + jql, Map.of()));
        }
        int max = body.path("maxResults").asInt(50);
        ObjectNode page = JSON.createObjectNode().put("expand", "schema,names").put("startAt", 0).put("maxResults", max)
                .put("total", found.size());
        ArrayNode list = page.putArray("issues");
        found.stream().limit(max).forEach(i -> list.add(issueJson(i, fields)));
        return json(200, page);
    }

    private ObjectNode issueJson(Issue issue, List<String> only) {
        ObjectNode node = JSON.createObjectNode()
                .put("expand", "operations,versionedRepresentations,editmeta,changelog,renderedFields")
                .put("id", issue.id).put("self", url() + "/rest/api/2/issue/" + issue.id).put("key", issue.key);
        ObjectNode fields = node.putObject("fields");
        if (only == null || only.contains("summary")) {
            fields.put("summary", issue.summary);
        }
        if (only == null || only.contains("status")) {
            ObjectNode status = fields.putObject("status").put("self", url() + "/rest/api/2/status/" + issue.statusId)
                    .put("description", "").put("iconUrl", url() + "/images/icons/statuses/generic.png")
                    .put("name", issue.status).put("id", issue.statusId);
            status.putObject("statusCategory").put("self", url() + "/rest/api/2/statuscategory/2")
                    .put("id", "done".equals(issue.category) ? 3 : "new".equals(issue.category) ? 2 : 4)
                    .put("key", issue.category)
                    .put("colorName", "done".equals(issue.category) ? "green" : "new".equals(issue.category) ? "blue-gray" : "yellow")
                    .put("name", "done".equals(issue.category) ? "Done" : "new".equals(issue.category) ? "To Do" : "In Progress");
        }
        if (only == null || only.contains("assignee")) {
            if (issue.assignee == null) {
                fields.putNull("assignee");
            } else {
                fields.set("assignee", user(issue.assignee, users.getOrDefault(issue.assignee, issue.assignee)));
            }
        }
        if (only == null || only.contains("resolution")) {
            if (issue.resolution == null) {
                fields.putNull("resolution");
            } else {
                fields.putObject("resolution").put("self", url() + "/rest/api/2/resolution/10000").put("id", "10000")
                        .put("description", "Work has been completed on this issue.").put("name", issue.resolution);
            }
        }
        return node;
    }

    private ObjectNode user(String name, String displayName) {
        ObjectNode user = JSON.createObjectNode().put("self", url() + "/rest/api/2/user?username=" + name)
                .put("key", "JIRAUSER" + (10_100 + Math.abs(name.hashCode() % 100))).put("name", name)
                .put("emailAddress", name + "@acme.example");
        user.putObject("avatarUrls").put("48x48", url() + "/secure/useravatar?avatarId=10122");
        return user.put("displayName", displayName).put("active", true).put("deleted", false).put("timeZone", "Europe/Madrid")
                .put("locale", "en_US");
    }

    private static ObjectNode type(String id, String name, boolean subtask) {
        return JSON.createObjectNode().put("self", "issuetype/" + id).put("id", id).put("description", "")
                .put("iconUrl", "/images/icons/issuetypes/" + name.toLowerCase() + ".svg").put("name", name).put("subtask", subtask);
    }

    private static ObjectNode error(String message, Map<String, String> fieldErrors) {
        ObjectNode error = JSON.createObjectNode();
        ArrayNode messages = error.putArray("errorMessages");
        if (message != null) {
            messages.add(message);
        }
        ObjectNode errors = error.putObject("errors");
        fieldErrors.forEach(errors::put);
        return error;
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withHeader("X-AREQUESTID", "1234x5678x1").withBody(body.toString());
    }
}

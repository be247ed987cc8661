package org.socialplaybook.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialplaybook.platform.InLists;

/**
 * Jira REST API v2, the endpoints the plugin needs (the same ones the Jira REST Java Client uses): create an issue,
 * get one, search with JQL ({@code key in (...)} in chunks, or by label), projects, create metadata, myself.
 * Every answer is checked: an HTTP error, a body that is not the JSON Jira sends, a timeout or a refused
 * connection become a {@link JiraException} with a {@link JiraFailure}; nothing here retries (the outbox does).
 */
public final class JiraClient {
    /** Keys per search request: Jira returns at most 100 issues per page by default (maxResults). */
    public static final int SEARCH_CHUNK = 100;
    /** Only the fields the board shows. */
    public static final List<String> BOARD_FIELDS = List.of("summary", "status", "assignee", "resolution");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,29}-[1-9][0-9]{0,9}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final JiraTransport transport;
    private final ObjectMapper json = new ObjectMapper();

    public JiraClient(JiraTransport transport) {
        this.transport = transport;
    }

    public static boolean isIssueKey(String key) {
        return key != null && ISSUE_KEY.matcher(key).matches();
    }

    public static boolean isLabel(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    public String browseUrl(String key) {
        return transport.displayUrl() + "/browse/" + key;
    }

    /** {@code POST /rest/api/2/issue}: the new issue's key. */
    public String createIssue(NewIssue issue) {
        ObjectNode fields = json.createObjectNode();
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("issuetype").put("name", issue.issueType());
        fields.put("summary", issue.summary());
        if (issue.description() != null) {
            fields.put("description", issue.description());
        }
        if (issue.dueDate() != null) {
            fields.put("duedate", issue.dueDate().toString());
        }
        ArrayNode labels = fields.putArray("labels");
        issue.labels().forEach(labels::add);
        if (issue.assigneeName() != null) {
            fields.putObject("assignee").put("name", issue.assigneeName());
        }
        ObjectNode body = json.createObjectNode();
        body.set("fields", fields);
        JsonNode created = call("POST", "/rest/api/2/issue", body.toString());
        String key = created.path("key").asText(null);
        if (!isIssueKey(key)) {
            throw new JiraException(JiraFailure.BAD_RESPONSE, 201, null, List.of(), null);
        }
        return key;
    }

    /** {@code GET /rest/api/2/issue/{key}}: the issue, or empty when Jira says it does not exist (or is hidden). */
    public Optional<JiraIssue> getIssue(String key) {
        if (!isIssueKey(key)) {
            return Optional.empty();
        }
        try {
            JsonNode issue = call("GET", "/rest/api/2/issue/" + key + "?fields=" + String.join(",", BOARD_FIELDS), null);
            return Optional.of(issue(issue));
        } catch (JiraException e) {
            if (e.failure() == JiraFailure.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The issues with these keys, by key: one {@code POST /rest/api/2/search} per {@value #SEARCH_CHUNK} keys, only
     * the board's fields. Keys Jira does not know are simply missing (the query is not validated, so one deleted
     * issue does not fail the whole board).
     */
    public Map<String, JiraIssue> issuesByKey(Collection<String> keys) {
        List<String> valid = keys.stream().filter(JiraClient::isIssueKey).distinct().toList();
        Map<String, JiraIssue> found = new LinkedHashMap<>();
        for (List<String> chunk : InLists.chunks(valid, SEARCH_CHUNK)) {
            for (JiraIssue issue : search("key in (" + String.join(",", chunk) + ")", chunk.size())) {
                found.put(issue.key(), issue);
            }
        }
        return found;
    }

    /** Issues carrying a label (the plugin's idempotency marker): at most a few. */
    public List<JiraIssue> issuesWithLabel(String label) {
        if (!isLabel(label)) {
            throw new IllegalArgumentException("Not a Jira label: " + label);
        }
        return search("labels = \"" + label + "\"", 10);
    }

    private List<JiraIssue> search(String jql, int maxResults) {
        ObjectNode body = json.createObjectNode();
        body.put("jql", jql);
        body.put("startAt", 0);
        body.put("maxResults", maxResults);
        body.put("validateQuery", false);
        ArrayNode fields = body.putArray("fields");
        BOARD_FIELDS.forEach(fields::add);
        JsonNode answer = call("POST", "/rest/api/2/search", body.toString());
        JsonNode issues = answer.get("issues");
        if (issues == null || !issues.isArray()) {
            throw new JiraException(JiraFailure.BAD_RESPONSE, 200, null, List.of(), null);
        }
        List<JiraIssue> result = new ArrayList<>();
        for (JsonNode issue : issues) {
            result.add(issue(issue));
        }
        return result;
    }

    /** {@code GET /rest/api/2/project}: the projects the connection can browse. */
    public List<JiraProject> projects() {
        JsonNode answer = call("GET", "/rest/api/2/project", null);
        if (!answer.isArray()) {
            throw new JiraException(JiraFailure.BAD_RESPONSE, 200, null, List.of(), null);
        }
        List<JiraProject> projects = new ArrayList<>();
        for (JsonNode p : answer) {
            projects.add(new JiraProject(p.path("id").asText(), p.path("key").asText(), p.path("name").asText()));
        }
        return projects;
    }

    /** {@code GET /rest/api/2/issue/createmeta/{project}/issuetypes} (Jira Data Center 8.4+): creatable types. */
    public List<JiraIssueType> issueTypes(String projectKey) {
        JsonNode answer = call("GET", "/rest/api/2/issue/createmeta/" + encode(projectKey) + "/issuetypes?maxResults=100", null);
        JsonNode values = answer.get("values");
        if (values == null || !values.isArray()) {
            throw new JiraException(JiraFailure.BAD_RESPONSE, 200, null, List.of(), null);
        }
        List<JiraIssueType> types = new ArrayList<>();
        for (JsonNode t : values) {
            types.add(new JiraIssueType(t.path("id").asText(), t.path("name").asText(), t.path("subtask").asBoolean(false)));
        }
        return types;
    }

    /** {@code GET /rest/api/2/myself}: who the connection signs in as (the "test connection" action). */
    public String myselfDisplayName() {
        JsonNode me = call("GET", "/rest/api/2/myself", null);
        String name = me.path("displayName").asText(null);
        if (name == null) {
            throw new JiraException(JiraFailure.BAD_RESPONSE, 200, null, List.of(), null);
        }
        return name;
    }

    /** {@code GET /rest/api/2/user?username=}: whether Jira knows this user name (to assign issues). */
    public boolean userExists(String username) {
        try {
            JsonNode user = call("GET", "/rest/api/2/user?username=" + encode(username), null);
            return user.path("active").asBoolean(true) && user.hasNonNull("name");
        } catch (JiraException e) {
            if (e.failure() == JiraFailure.NOT_FOUND || e.failure() == JiraFailure.REJECTED) {
                return false;
            }
            throw e;
        }
    }

    private JiraIssue issue(JsonNode issue) {
        String key = issue.path("key").asText(null);
        JsonNode fields = issue.path("fields");
        if (!isIssueKey(key) || !fields.isObject()) {
            throw new JiraException(JiraFailure.BAD_RESPONSE, 200, null, List.of(), null);
        }
        JsonNode status = fields.path("status");
        JsonNode assignee = fields.path("assignee");
        JsonNode resolution = fields.path("resolution");
        return new JiraIssue(key, fields.path("summary").asText(""),
                status.path("name").asText(null), status.path("statusCategory").path("key").asText(null),
                assignee.isObject() ? assignee.path("name").asText(null) : null,
                assignee.isObject() ? assignee.path("displayName").asText(null) : null,
                resolution.isObject() ? resolution.path("name").asText(null) : null,
                browseUrl(key));
    }

    private JsonNode call(String method, String path, String body) {
        JiraTransport.JiraResponse response = transport.exchange(method, path, body);
        int status = response.status();
        if (status >= 200 && status < 300) {
            try {
                JsonNode node = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
                if (node == null || node.isMissingNode() || node.isNull()) {
                    throw new JiraException(JiraFailure.BAD_RESPONSE, status, null, List.of(), null);
                }
                return node;
            } catch (JsonProcessingException e) {
                throw new JiraException(JiraFailure.BAD_RESPONSE, status, null, List.of(), e);
            }
        }
        JiraFailure failure = switch (status) {
            case 400 -> JiraFailure.REJECTED;
            case 401 -> JiraFailure.UNAUTHORIZED;
            case 403 -> JiraFailure.FORBIDDEN;
            case 404 -> JiraFailure.NOT_FOUND;
            case 429 -> JiraFailure.RATE_LIMITED;
            default -> status >= 500 ? JiraFailure.SERVER_ERROR : JiraFailure.BAD_RESPONSE;
        };
        throw new JiraException(failure, status, retryAfter(response.retryAfter()), messages(response.body()), null);
    }

    /** Retry-After in seconds (what Jira sends) or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
        } catch (NumberFormatException e) {
            try {
                java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(header.trim(),
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(java.time.Instant.now(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    /** Jira's error shape: {@code {"errorMessages": [...], "errors": {"field": "text"}}}. */
    private List<String> messages(String body) {
        List<String> messages = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return messages;
        }
        try {
            JsonNode node = json.readTree(body);
            node.path("errorMessages").forEach(m -> messages.add(m.asText()));
            node.path("errors").fields().forEachRemaining(e -> messages.add(e.getKey() + ": " + e.getValue().asText()));
        } catch (JsonProcessingException e) {
            // an HTML error page: nothing to quote
        }
        return messages.size() > 5 ? messages.subList(0, 5) : messages;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}

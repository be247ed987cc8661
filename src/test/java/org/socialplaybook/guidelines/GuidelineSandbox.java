package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * Test helpers for guidelines in a sandbox: write a page in storage format, build blocks, ask the REST API, add
 * acknowledgements in bulk.
 */
public final class GuidelineSandbox {
    static final long GUIDELINES_PAGE = 1201;
    static final long MY_GUIDELINES_PAGE = 1202;

    private GuidelineSandbox() {
    }

    /** A clock the test moves forward (the sandbox's TimeSource reads it). */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-10-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A {@code guideline} macro in storage format; {@code parameters} alternate name, value. */
    static String block(String key, String body, String... parameters) {
        StringBuilder xml = new StringBuilder("<ac:structured-macro ac:name=\"guideline\" ac:schema-version=\"1\">")
                .append("<ac:parameter ac:name=\"key\">").append(key).append("</ac:parameter>");
        boolean titled = false;
        for (int i = 0; i < parameters.length; i += 2) {
            titled |= parameters[i].equals("title");
            xml.append("<ac:parameter ac:name=\"").append(parameters[i]).append("\">").append(parameters[i + 1])
                    .append("</ac:parameter>");
        }
        if (!titled) {
            xml.append("<ac:parameter ac:name=\"title\">Title of ").append(key).append("</ac:parameter>");
        }
        return xml.append("<ac:rich-text-body>").append(body).append("</ac:rich-text-body></ac:structured-macro>").toString();
    }

    /** Saves a new version of the page through the sandbox's editor, as {@code user} (an editor). */
    static void publish(SandboxRule sandbox, String user, long pageId, String storage) {
        String form = sandbox.send(sandbox.page(user, "/pages/editpage.action?pageId=" + pageId).GET()).body();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(form);
        assertTrue("no form token for " + user, token.find());
        HttpResponse<String> saved = sandbox.send(sandbox.page(user, "/pages/editpage.action?pageId=" + pageId)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token.group(1) + "&storage="
                        + URLEncoder.encode(storage, StandardCharsets.UTF_8))));
        assertEquals(302, saved.statusCode());
    }

    /**
     * An acknowledgement of each guideline's current version by each of {@code users}, an hour ago, written straight
     * into the table in batches (test and benchmark setup: thousands of rows in a moment, nothing measured).
     */
    public static void insertAcknowledgements(EmbeddedActiveObjects ao, List<Guideline> guidelines, List<String> users)
            throws SQLException {
        String table = ao.tableName(GuidelineAckEntity.class);
        try (Connection c = ao.openJdbcConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (GUIDELINE_ID, VERSION_ID, SPACE_KEY,"
                     + " USER_KEY, FINGERPRINT, REVISION, ACKNOWLEDGED_AT, ACK_TOKEN) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            Timestamp when = Timestamp.from(Instant.now().minusSeconds(3600));
            int pending = 0;
            for (Guideline g : guidelines) {
                for (String user : users) {
                    insert.setInt(1, g.id());
                    insert.setInt(2, g.currentVersionId());
                    insert.setString(3, g.spaceKey());
                    insert.setString(4, user);
                    insert.setString(5, g.currentFingerprint());
                    insert.setInt(6, g.currentRevision());
                    insert.setTimestamp(7, when);
                    insert.setString(8, GuidelineStore.ackToken(g.currentVersionId(), user));
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            c.commit();
        }
    }

    static String path(String key) {
        return "/guidelines/SOCIAL/" + key;
    }

    static JsonNode status(SandboxRule sandbox, String user, String key) {
        HttpResponse<String> response = sandbox.get(user, path(key) + "/status");
        assertEquals(response.body(), 200, response.statusCode());
        return SandboxRule.json(response);
    }

    static HttpResponse<String> acknowledge(SandboxRule sandbox, String user, String key, int versionId) {
        return sandbox.postJson(user, path(key) + "/acknowledgements", "{\"versionId\": " + versionId + "}");
    }

    /** Views the page (which records the blocks), reads the reader's status and accepts the version shown. */
    static JsonNode viewAndAccept(SandboxRule sandbox, String user, long pageId, String key) {
        sandbox.viewPage(user, pageId);
        int versionId = status(sandbox, user, key).get("versionId").asInt();
        HttpResponse<String> response = acknowledge(sandbox, user, key, versionId);
        assertEquals(response.body(), 200, response.statusCode());
        return SandboxRule.json(response);
    }
}

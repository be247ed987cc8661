package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.feedback.FollowUpEntity;
import org.socialplaybook.goals.GoalSetEntity;
import org.socialplaybook.guidelines.GuidelineEntity;
import org.socialplaybook.news.DigestIssueEntity;
import org.socialplaybook.roles.MatrixEntity;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.team.TeamCardEntity;
import org.socialplaybook.training.ProgrammeEntity;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 12's rule for anonymisation, checked from the outside: a Confluence administrator deletes Nora's account
 * (the sandbox's administration form, Confluence's erasure), then Sofía opens every demo page, the published Monday
 * digest and every answer the plugin's REST API gives about the space; her name, surname and username appear nowhere.
 */
public class AnonymisationEverywhereTest {
    private static final long[] DEMO_PAGES = {1001, 1101, 1201, 1202, 1301, 1302, 1401, 1402, 1501, 1502, 1503, 1504};
    private static final Pattern NAMED = Pattern.compile("nora|gim[eé]nez|gim&eacute;nez|gim\\\\u00e9nez",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Test
    public void afterNorasAccountIsDeletedNoPageNorRestAnswerShowsHerNameSurnameOrUsername() {
        String noraKey = SANDBOX.userKey("nora");
        Map<String, String> before = everything(noraKey);
        List<String> namedBefore = named(before);
        List<String> storedBefore = storedNames();

        eraseNoraAsAdministrator();
        Map<String, String> after = everything(noraKey);

        assertTrue("the demo names Nora on many pages and answers before: " + namedBefore, namedBefore.size() >= 10);
        assertTrue("the plugin stored texts naming Nora before: " + storedBefore, storedBefore.size() >= 3);
        assertEquals("what Sofía is shown, by page or REST path, that still names Nora", List.of(), named(after));
        assertEquals("every page and answer is still there", before.keySet(), after.keySet());
        assertEquals("text the plugin stored that still names Nora, by table and column", List.of(), storedNames());
    }

    /** Every text column of every table of the plugin, read with plain JDBC, where it still names Nora. */
    private static List<String> storedNames() {
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        List<String> found = new ArrayList<>();
        try (Connection c = ao.openJdbcConnection(); Statement st = c.createStatement()) {
            for (String entity : SANDBOX.sandbox().descriptor().aoEntities()) {
                @SuppressWarnings("unchecked")
                Class<? extends RawEntity<?>> type = (Class<? extends RawEntity<?>>) Class.forName(entity);
                try (ResultSet rows = st.executeQuery("SELECT * FROM \"" + ao.tableName(type) + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int col = 1; col <= meta.getColumnCount(); col++) {
                            String value = rows.getString(col);
                            if (value != null && NAMED.matcher(value).find()) {
                                found.add(type.getSimpleName() + "." + meta.getColumnName(col) + ": " + value);
                            }
                        }
                    }
                }
            }
        } catch (SQLException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        return found;
    }

    private void eraseNoraAsAdministrator() {
        String adminPage = SANDBOX.send(SANDBOX.page("sofia", "/admin/users.action")).body();
        String marker = "name=\"atl_token\" value=\"";
        int at = adminPage.indexOf(marker) + marker.length();
        String token = adminPage.substring(at, adminPage.indexOf('"', at));
        int status = SANDBOX.send(SANDBOX.page("sofia", "/admin/eraseuser.action")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=nora&atl_token=" + token))).statusCode();
        assertEquals(302, status);
    }

    /** Every demo page and the published digest as HTML, every REST answer about the space, as Sofía gets them. */
    private Map<String, String> everything(String noraKey) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (long page : DEMO_PAGES) {
            shown.put("page " + page, SANDBOX.viewPage("sofia", page));
        }
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        for (DigestIssueEntity issue : ao.find(DigestIssueEntity.class)) {
            if (issue.getContentId() != null) {
                shown.put("digest post " + issue.getContentId(), SANDBOX.viewPage("sofia", issue.getContentId()));
            }
        }
        List<String> paths = new ArrayList<>(List.of("/spaces/SOCIAL/overview", "/guidelines/SOCIAL/mine",
                "/feedback/spaces/SOCIAL/report", "/feedback/spaces/SOCIAL/report.csv", "/jira/spaces/SOCIAL/connection",
                "/users/search?q=nor", "/users/search?q=gim", "/groups/search?q=cu"));
        for (long news : new long[] {1503, 1504}) {
            for (String tail : List.of("headlines", "sources", "settings", "digest/preview", "digests")) {
                paths.add("/news/" + news + "/" + tail);
            }
        }
        for (GuidelineEntity g : ao.find(GuidelineEntity.class)) {
            String guideline = "/guidelines/" + g.getSpaceKey() + "/" + URLEncoder.encode(g.getGuidelineKey(), StandardCharsets.UTF_8);
            paths.add(guideline + "/status");
            paths.add(guideline + "/report");
            paths.add(guideline + "/report.csv");
        }
        for (MatrixEntity m : ao.find(MatrixEntity.class)) {
            paths.add("/role-matrices/" + m.getID());
            paths.add("/role-matrices/" + m.getID() + "/export.csv");
        }
        for (GoalSetEntity set : ao.find(GoalSetEntity.class)) {
            paths.add("/goal-sets/" + set.getID());
            paths.add("/goal-sets/" + set.getID() + "/fragment");
        }
        for (ProgrammeEntity p : ao.find(ProgrammeEntity.class)) {
            String base = "/training/programmes/" + p.getID();
            paths.addAll(List.of(base, base + "/people", base + "/people/" + noraKey + "/history", base + "/followups",
                    base + "/csv"));
        }
        for (TeamCardEntity card : ao.find(TeamCardEntity.class)) {
            String base = "/team-cards/" + card.getID();
            paths.addAll(List.of(base, base + "/fragment", base + "/requests/mine"));
        }
        Set<String> boards = new LinkedHashSet<>();
        for (FollowUpEntity f : ao.find(FollowUpEntity.class)) {
            boards.add(f.getBoardKey());
        }
        for (String board : boards) {
            paths.add("/feedback/pages/1401/boards/" + board);
        }
        for (String path : paths) {
            HttpResponse<String> answer = SANDBOX.get("sofia", path);
            assertEquals(path + ": " + answer.body(), 200, answer.statusCode());
            shown.put(path, answer.body());
        }
        return shown;
    }

    private static List<String> named(Map<String, String> shown) {
        List<String> found = new ArrayList<>();
        shown.forEach((where, text) -> {
            Matcher m = NAMED.matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 120);
                found.add(where + ": …" + text.substring(from, Math.min(text.length(), m.end() + 60))
                        .replaceAll("\\s+", " ") + "…");
            }
        });
        return found;
    }
}

package org.socialplaybook.myplaybook;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.HeldRoles;
import org.socialplaybook.platform.ObjectivesOfPerson.ContributedObjective;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.SentRequests.SentRequest;
import org.socialplaybook.platform.Views;

/**
 * "My playbook" as the templates show it: a translated row per entry with its link, due text and the action the
 * page offers in place (acknowledge a guideline, mark a training module done), and the counts by kind; under them
 * the person's roles, the objectives they contribute to and the requests they sent, each row linked to its page.
 */
@Named
public class MyPlaybookViews {
    static final String RESOURCES = "my-playbook-resources";
    private static final List<String> KINDS = List.of("guideline", "training", "follow-up");
    /** Rows shown at most (the most urgent); the counts and the summary cover every item. */
    static final int MAX_ROWS = 200;

    /** One row. {@code action}: {@code acknowledge}, {@code complete} or empty; the script sends it to its REST path. */
    public record Row(String kind, String kindText, String title, String spaceName, String url, String dueText,
                      boolean overdue, String action, String actionText, String actionMethod, String actionPath,
                      String actionBody) {
    }

    public record Count(String kind, String text, int count) {
    }

    /** The person's roles in one matrix: {@code rolesText} lists them (and says when only as a deputy). */
    public record RoleRow(String spaceName, String matrixName, String url, String rolesText) {
    }

    /** An objective the person contributes to: its status as the goals macro's lozenge, how they take part. */
    public record ObjectiveRow(String objective, String goal, String spaceName, String url, String status, String lozenge,
                               String statusText, String via, String viaText, String how, String dueText) {
    }

    /** A request the person sent through a team card, with its state as the card shows it. */
    public record RequestRow(String topic, String card, String spaceName, String url, String sentText, String urgencyText,
                             String state, String lozenge, String stateText) {
    }

    private final Views views;

    @Inject
    public MyPlaybookViews(Views views) {
        this.views = views;
    }

    /** The section's HTML (the macro's output, and the body of the plugin page). */
    String render(MyPlaybook playbook, boolean onPage) {
        List<Row> rows = new ArrayList<>();
        for (MyPlaybook.Entry e : playbook.entries().subList(0, Math.min(MAX_ROWS, playbook.entries().size()))) {
            rows.add(row(e));
        }
        int more = playbook.entries().size() - rows.size();
        List<Count> counts = new ArrayList<>();
        for (String kind : KINDS) {
            int n = playbook.counts().getOrDefault(kind, 0);
            counts.add(new Count(kind, views.text("social-playbook.myplaybook.count." + kind, n), n));
        }
        List<RoleRow> roleRows = new ArrayList<>();
        for (HeldRoles h : playbook.roles()) {
            String names = String.join(", ", h.roles());
            roleRows.add(new RoleRow(spaceName(playbook, h.spaceKey()), h.matrixName(), pageUrl(h.pageId()),
                    h.deputy() ? views.text("social-playbook.myplaybook.roles.deputy", names) : names));
        }
        Map<String, Object> model = new HashMap<>();
        List<ObjectiveRow> objectiveRows = new ArrayList<>();
        for (ContributedObjective o : playbook.objectives()) {
            objectiveRows.add(new ObjectiveRow(o.objective(), o.goal(), spaceName(playbook, o.spaceKey()), pageUrl(o.pageId()),
                    o.status(), o.lozenge(), o.statusText(), o.via(), o.viaText(), o.how() == null ? "" : o.how(),
                    o.due() == null ? "" : views.text("social-playbook.myplaybook.due.by",
                            Date.from(o.due().atStartOfDay(ZoneOffset.UTC).toInstant()))));
        }
        List<RequestRow> requestRows = new ArrayList<>();
        int requestsOpen = 0;
        for (SentRequest r : playbook.requests()) {
            requestRows.add(new RequestRow(r.topic(), r.card(), spaceName(playbook, r.spaceKey()), pageUrl(r.pageId()),
                    views.text("social-playbook.myplaybook.requests.sent", Date.from(r.sentAt())), r.urgencyText(), r.state(),
                    r.lozenge(), r.stateText()));
            requestsOpen += r.done() ? 0 : 1;
        }
        views.requireResources(RESOURCES);
        model.put("objectives", objectiveRows);
        model.put("objectivesText", views.text("social-playbook.myplaybook.objectives.count", objectiveRows.size()));
        model.put("requests", requestRows);
        model.put("requestsText", views.text("social-playbook.myplaybook.requests.count", requestRows.size(), requestsOpen));
        model.put("roles", roleRows);
        model.put("rows", rows);
        model.put("counts", counts);
        model.put("count", playbook.entries().size());
        model.put("summary", views.text("social-playbook.myplaybook.summary", playbook.entries().size(), playbook.overdue(),
                playbook.spaces()));
        model.put("moreText", more == 0 ? "" : views.text("social-playbook.myplaybook.more", more));
        model.put("onPage", onPage);
        return views.render("templates/myplaybook/my-playbook.vm", model);
    }

    private static String spaceName(MyPlaybook playbook, String spaceKey) {
        return playbook.spaceNames().getOrDefault(spaceKey, spaceKey);
    }

    private static String pageUrl(long pageId) {
        return "/pages/viewpage.action?pageId=" + pageId;
    }

    String title() {
        return views.text("social-playbook.myplaybook.title");
    }

    private Row row(MyPlaybook.Entry e) {
        OpenItem item = e.item();
        String url = item.pageId() == 0 ? null : pageUrl(item.pageId());
        String due = item.due() == null ? null : views.text(item.overdue() ? "social-playbook.myplaybook.due.overdue"
                : "social-playbook.myplaybook.due.by", Date.from(item.due()));
        String action = "";
        String method = "";
        String path = "";
        String body = "";
        if (item.ref() != null && item.kind().equals("guideline")) {
            int at = item.ref().lastIndexOf('@');
            action = "acknowledge";
            method = "POST";
            path = "/guidelines/" + e.spaceKey() + "/" + item.ref().substring(0, at) + "/acknowledgements";
            body = Views.json(Map.of("versionId", Integer.parseInt(item.ref().substring(at + 1))));
        } else if (item.ref() != null && item.kind().equals("training")) {
            String[] ids = item.ref().split("/");
            action = "complete";
            method = "PUT";
            path = "/training/programmes/" + ids[0] + "/my/modules/" + ids[1];
            body = Views.json(Map.of("status", "COMPLETED"));
        }
        return new Row(item.kind(), views.text("social-playbook.myplaybook.kind." + item.kind()), item.titleIn(views.readerText()),
                e.spaceName(), url, due, item.overdue(), action,
                action.isEmpty() ? "" : views.text("social-playbook.myplaybook.action." + action), method, path, body);
    }
}

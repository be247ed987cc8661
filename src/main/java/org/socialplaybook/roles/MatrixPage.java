package org.socialplaybook.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.State.MatrixState;
import org.socialplaybook.roles.State.OfferView;
import org.socialplaybook.roles.State.PersonView;
import org.socialplaybook.roles.State.ProblemView;
import org.socialplaybook.roles.State.RoleView;

/**
 * What the macro's template shows, worked out in Java: columns with their people, rows grouped by phase, which rows,
 * columns and cells to highlight (problems, "my roles"), and the cells of each row as HTML. That HTML is built here
 * from numbers and the four fixed letters only (no user text), so it is safe as {@code $row.cellsHtml()}.
 */
public final class MatrixPage {
    /** How the macro was asked to look. */
    public record Options(boolean legend, boolean highlight, boolean compact) {
    }

    public record Column(int id, String name, String cssClass, List<PersonView> holders, PersonView deputy) {
    }

    /** A phase heading ({@code phaseRow}) or an activity with its cells. */
    public record Row(boolean phaseRow, String phase, int id, String name, String cssClass, String cellsHtml,
                      boolean ownable, boolean myOffer, int myOfferId, int offers) {
    }

    public record Group(String kind, String title, int count, List<String> items) {
    }

    /** The viewer's own part: roles held, activities Accountable and Responsible for. */
    public record Mine(List<String> roles, List<String> accountable, List<String> responsible) {
    }

    private MatrixPage() {
    }

    public static Map<String, Object> model(MatrixData data, MatrixState state, Options options, String stateJson,
                                            String optionsJson, String bodyNote) {
        Map<String, Object> model = new HashMap<>();
        Set<Integer> mineRoles = new HashSet<>(RoleMatrixViews.rolesHeldBy(data, state.me()));
        Set<Integer> problemRows = new HashSet<>();
        Set<Integer> problemRoles = new HashSet<>();
        Set<Long> problemCells = new HashSet<>();
        if (options.highlight()) {
            for (ProblemView p : state.problems().items()) {
                Problem.Kind kind = kindOf(p.kind());
                if (kind.aboutActivities()) {
                    if (p.cells().isEmpty()) {
                        problemRows.addAll(p.activityIds());
                    }
                } else if (kind == Problem.Kind.ROLE_UNUSED || kind == Problem.Kind.ROLE_WITHOUT_PEOPLE) {
                    problemRoles.addAll(p.roleIds());
                }
                for (List<Integer> c : p.cells()) {
                    problemCells.add(cellKey(c.get(0), c.get(1)));
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (RoleView r : state.roles()) {
            String css = "sp-raci-role" + (mineRoles.contains(r.id()) ? " sp-raci-mine" : "")
                    + (problemRoles.contains(r.id()) ? " sp-raci-role-problem" : "");
            columns.add(new Column(r.id(), r.name(), css, r.holders(), r.deputy()));
        }
        Map<Long, Letters> cells = new HashMap<>(data.cells().size() * 2);
        Set<Integer> withA = new HashSet<>();
        Set<Integer> mineRows = new HashSet<>();
        for (Cell c : data.cells()) {
            cells.put(cellKey(c.roleId(), c.activityId()), c.letters());
            if (c.letters().has(Raci.A)) {
                withA.add(c.activityId());
            }
            if (mineRoles.contains(c.roleId()) && (c.letters().has(Raci.A) || c.letters().has(Raci.R))) {
                mineRows.add(c.activityId());
            }
        }
        Map<Integer, Integer> offerCount = new HashMap<>();
        Map<Integer, Integer> myOffer = new HashMap<>();
        for (OfferView o : state.offers()) {
            offerCount.merge(o.activityId(), 1, Integer::sum);
            if (o.mine()) {
                myOffer.put(o.activityId(), o.id());
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        String currentPhase = null;
        boolean first = true;
        StringBuilder html = new StringBuilder(64 * data.roles().size());
        for (Activity a : data.activities()) {
            if (first || !Objects.equals(currentPhase, a.phase())) {
                currentPhase = a.phase();
                if (currentPhase != null) {
                    rows.add(new Row(true, currentPhase, 0, currentPhase, "sp-raci-phase", "", false, false, 0, 0));
                    if (!phases.contains(currentPhase)) {
                        phases.add(currentPhase);
                    }
                }
                first = false;
            }
            html.setLength(0);
            for (Role role : data.roles()) {
                cellHtml(html, role.id(), cells.get(cellKey(role.id(), a.id())), mineRoles.contains(role.id()),
                        problemCells.contains(cellKey(role.id(), a.id())));
            }
            String css = "sp-raci-activity" + (problemRows.contains(a.id()) ? " sp-raci-problem-row" : "")
                    + (mineRows.contains(a.id()) ? " sp-raci-mine-row" : "");
            rows.add(new Row(false, a.phase() == null ? "" : a.phase(), a.id(), a.name(), css, html.toString(),
                    !withA.contains(a.id()), myOffer.containsKey(a.id()), myOffer.getOrDefault(a.id(), 0),
                    offerCount.getOrDefault(a.id(), 0)));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        state.problems().groups().forEach(g -> groups.put(g.kind(), new Group(g.kind(), g.title(), g.count(), new ArrayList<>())));
        for (ProblemView p : state.problems().items()) {
            groups.get(p.kind()).items().add(p.text());
        }
        Map<String, PersonView> everyone = new LinkedHashMap<>();
        for (RoleView r : state.roles()) {
            r.holders().forEach(p -> everyone.putIfAbsent(p.key(), p));
        }
        List<PersonView> people = new ArrayList<>(everyone.values());
        people.sort((x, y) -> x.name().compareToIgnoreCase(y.name()));

        model.put("matrixId", data.matrix().id());
        model.put("title", data.matrix().name());
        model.put("containerClass", "sp-raci" + (options.compact() ? " sp-raci-compact" : ""));
        model.put("stateJson", stateJson);
        model.put("optionsJson", optionsJson);
        model.put("canEdit", state.canEdit());
        model.put("loggedIn", state.loggedIn());
        model.put("legend", options.legend());
        model.put("bodyNote", bodyNote);
        model.put("columns", columns);
        model.put("columnCount", columns.size() + 1);
        model.put("rows", rows);
        model.put("empty", data.roles().isEmpty() && data.activities().isEmpty());
        model.put("problemTotal", state.problems().total());
        model.put("groups", new ArrayList<>(groups.values()));
        model.put("mine", mine(data, state.me(), mineRoles));
        model.put("offers", state.offers());
        model.put("roleOptions", state.roles());
        model.put("phases", phases);
        model.put("people", people);
        model.put("updatedBy", state.updatedBy() == null ? "" : state.updatedBy());
        model.put("version", data.matrix().version());
        return model;
    }

    private static Mine mine(MatrixData data, String me, Set<Integer> mineRoles) {
        if (mineRoles.isEmpty()) {
            return null;
        }
        List<String> roles = data.roles().stream().filter(r -> mineRoles.contains(r.id())).map(Role::name).toList();
        List<String> accountable = RoleMatrixViews.activitiesWhere(data, mineRoles, Raci.A).stream().map(Activity::name).toList();
        List<String> responsible = RoleMatrixViews.activitiesWhere(data, mineRoles, Raci.R).stream().map(Activity::name).toList();
        return new Mine(roles, accountable, responsible);
    }

    /** One cell; the script makes cells focusable when an editor switches to edit mode (no bytes for readers). */
    static void cellHtml(StringBuilder out, int roleId, Letters letters, boolean mine, boolean problem) {
        out.append("<td class=\"sp-raci-cell");
        if (mine) {
            out.append(" sp-raci-mine");
        }
        if (problem) {
            out.append(" sp-raci-cell-problem");
        }
        out.append("\" data-r=\"").append(roleId).append('"');
        if (letters != null && !letters.isEmpty()) {
            out.append(" data-l=\"").append(letters.code()).append('"');
        }
        out.append('>');
        if (letters != null) {
            for (Raci letter : Raci.values()) {
                if (letters.has(letter)) {
                    out.append("<span class=\"sp-raci-l sp-raci-").append(letter.name()).append("\">")
                            .append(letter.name()).append("</span>");
                }
            }
        }
        out.append("</td>");
    }

    private static long cellKey(int roleId, int activityId) {
        return ((long) roleId << 32) | (activityId & 0xffffffffL);
    }

    private static Problem.Kind kindOf(String id) {
        for (Problem.Kind k : Problem.Kind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException(id);
    }
}

package org.socialplaybook.roles;

import java.util.List;

/** The role matrix as its script and REST clients see it (JSON). Names are data; the page escapes them. */
public final class State {
    private State() {
    }

    /** A person: key, display name, avatar; never the e-mail address. */
    public record PersonView(String key, String name, String avatarUrl) {
    }

    public record RoleView(int id, String name, List<PersonView> holders, PersonView deputy) {
    }

    public record ActivityView(int id, String name, String phase) {
    }

    /** A non-empty cell: role id, activity id, letters code ("RA"). */
    public record CellView(int r, int a, String l) {
    }

    /** An open "I'll own this" offer; {@code roleId} is the role an editor would most likely accept it through. */
    public record OfferView(int id, int activityId, String activityName, PersonView person, boolean mine, Integer roleId) {
    }

    /** One problem, translated, with what to highlight: activity rows, role columns, a person, cells as [roleId, activityId]. */
    public record ProblemView(String kind, String text, List<Integer> activityIds, List<Integer> roleIds, String userKey,
                              List<List<Integer>> cells) {
    }

    public record ProblemGroup(String kind, String title, int count) {
    }

    public record Problems(int total, List<ProblemGroup> groups, List<ProblemView> items) {
    }

    public record MatrixState(int id, String name, long pageId, int version, boolean canEdit, boolean loggedIn, String me,
                              Integer overloadLimit, boolean seeded, List<RoleView> roles,
                              List<ActivityView> activities, List<CellView> cells, List<OfferView> offers,
                              Problems problems, String updatedBy) {
    }

    /** An import's preview as shown: roles (new or already there), counts, phases, and each bad line translated. */
    public record ImportPreviewView(List<RoleMatrixService.ImportPreview.PreviewRole> roles, int activities, int letters,
                                    List<String> phases, List<LineMessage> errors) {
    }

    public record LineMessage(long line, String message) {
    }

    /** The answer to a cell change: the new version, the cell as saved, and the problems now. */
    public record CellChange(int version, CellView cell, Problems problems) {
    }
}

package org.socialplaybook.roles;

import java.util.List;

/** The JSON bodies the role matrix's REST API accepts (unknown fields are refused). Every change carries the version it was made on. */
public final class Requests {
    private Requests() {
    }

    /** Add or rename a role. */
    public record RoleBody(String name, Integer version) {
    }

    /** Add or change an activity. */
    public record ActivityBody(String name, String phase, Integer version) {
    }

    /** A new order: every id of the matrix's roles (or activities), each once. */
    public record OrderBody(List<Integer> ids, Integer version) {
    }

    /** Set one cell: letters R, A, C, I in any order ("" clears it). */
    public record CellBody(Integer roleId, Integer activityId, String letters, Integer version) {
    }

    /** A person for a role (holder), or the deputy (null userKey removes the deputy). */
    public record PersonBody(String userKey, Integer version) {
    }

    /** Accept an offer to own an activity, as Accountable through this role. */
    public record AcceptBody(Integer roleId, Integer version) {
    }

    /** "I'll own this" for one activity. */
    public record ProposalBody(Integer activityId) {
    }

    /** A CSV file's text, to preview or (with the version) to import. */
    public record ImportBody(String csv, Integer version) {
    }
}

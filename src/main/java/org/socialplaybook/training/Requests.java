package org.socialplaybook.training;

import java.util.List;

/** The JSON bodies the training tracker's REST API accepts (unknown fields are refused with a 400). */
public final class Requests {
    private Requests() {
    }

    /**
     * Add or change a module. The material is at {@code url}, or on a page given by {@code pageTitle} (in the
     * programme's space) or {@code pageId}; all empty means no link. Every change carries the programme's version.
     */
    public record ModuleBody(String title, String url, String pageTitle, Long pageId, Integer minutes, Boolean required,
                             Integer validMonths, Integer version) {
    }

    /** A new order of the modules: every module id once. */
    public record OrderBody(List<Integer> ids, Integer version) {
    }

    /** A learner's own change: STARTED, COMPLETED (today) or NOT_STARTED (undo). */
    public record MyStatusBody(String status) {
    }

    /** A trainer's change for someone: any status, a completion date (default today), a note (the waiver's reason). */
    public record StatusBody(String status, String completedOn, String note) {
    }

    /** A session: its attendees (user keys) completed these modules on that day. */
    public record SessionBody(List<Integer> moduleIds, List<String> attendees, String completedOn, String note) {
    }

    /** A learner's check-in after completing the programme. */
    public record CheckinBody(Integer confidence, String comment, Boolean needsHelp) {
    }

    /** A CSV file's text, to preview or to import. */
    public record ImportBody(String csv) {
    }
}

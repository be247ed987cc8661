package org.socialplaybook.feedback;

/** The fixed vocabularies of feedback and follow-ups (stored by name in AO). */
public final class FeedbackEnums {
    private FeedbackEnums() {
    }

    /** What the feedback is about. */
    public enum Subject { PERSON, TRAINING, GUIDELINE, PROCESS }

    public enum Kind { PRAISE, IMPROVEMENT }

    /** PAGE: everyone who can view the page; PRIVATE: the author, the person it is about, and space admins. */
    public enum Visibility { PAGE, PRIVATE }

    public enum State { OPEN, DONE }

    /** Where a follow-up stands with Jira. */
    public enum JiraState {
        /** Kept in Confluence only. */
        LOCAL,
        /** Saved; the Jira issue is being (or will be) created: the outbox. */
        WAITING,
        /** Linked to a Jira issue (created by us, or an existing one). */
        LINKED,
        /** Jira refused it for good (e.g. the project is gone); a person must change something and retry. */
        FAILED
    }
}

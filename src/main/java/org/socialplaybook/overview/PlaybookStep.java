package org.socialplaybook.overview;

/** The eight steps of the playbook, in its order, with the macro that puts each one in place. */
public enum PlaybookStep {
    LEADING_CHANGE(1, "role-matrix"),
    CREATE_CONTEXT(2, "goals"),
    CLEAR_ROLES(3, "role-matrix"),
    TRAINING(4, "training-tracker"),
    FEEDBACK(5, "feedback-followups"),
    PROMOTE_TEAM(6, "team-card"),
    STAY_INFORMED(7, "news-digest"),
    GUIDELINES(8, "guideline");

    private final int number;
    private final String macro;

    PlaybookStep(int number, String macro) {
        this.number = number;
        this.macro = macro;
    }

    public int number() {
        return number;
    }

    /** The macro that serves this step. */
    public String macro() {
        return macro;
    }

    /** i18n key prefix: {@code social-playbook.step.<n>}, with {@code .title}, {@code .summary}, {@code .tool}. */
    public String i18nPrefix() {
        return "social-playbook.step." + number;
    }
}

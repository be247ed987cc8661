package org.socialplaybook.jira;

/** Why a Jira call failed, as the plugin tells it to people (an i18n key) and whether trying again can help. */
public enum JiraFailure {
    NOT_CONFIGURED(false),
    UNREACHABLE(true),
    TIMEOUT(true),
    RATE_LIMITED(true),
    UNAUTHORIZED(true),
    FORBIDDEN(true),
    SERVER_ERROR(true),
    BAD_RESPONSE(true),
    NEEDS_AUTHORISATION(true),
    REJECTED(false),
    NOT_FOUND(false);

    private final boolean retryable;

    JiraFailure(boolean retryable) {
        this.retryable = retryable;
    }

    /** A later attempt may succeed without anyone changing the follow-up (Jira back up, credentials fixed). */
    public boolean retryable() {
        return retryable;
    }

    /** {@code social-playbook.jira.failure.<name>}: the reason shown next to a follow-up waiting for Jira. */
    public String i18nKey() {
        return "social-playbook.jira.failure." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

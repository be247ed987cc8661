package org.socialplaybook.guidelines;

import java.util.Locale;

/**
 * When readers must acknowledge again: after <b>every change</b> of the text (its canonical fingerprint), or
 * <b>only when the version</b> parameter changes, so that a typo fix does not ask 300 people again.
 */
public enum ReackPolicy {
    EVERY_CHANGE, VERSION_CHANGE;

    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String i18nKey() {
        return "social-playbook.guidelines.policy." + param();
    }

    public static ReackPolicy fromParam(String value) {
        for (ReackPolicy policy : values()) {
            if (policy.param().equalsIgnoreCase(value.trim())) {
                return policy;
            }
        }
        return null;
    }
}

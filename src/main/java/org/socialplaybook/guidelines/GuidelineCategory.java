package org.socialplaybook.guidelines;

import java.util.Locale;

/** What a guideline is about. Macro parameter values: the lower-case names with dashes (tone-of-voice, …). */
public enum GuidelineCategory {
    TONE_OF_VOICE, CUSTOMER_CARE, CRISIS, PRIVACY, LEGAL, BRAND, SECURITY, GENERAL;

    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code social-playbook.guidelines.category.<param>} */
    public String i18nKey() {
        return "social-playbook.guidelines.category." + param();
    }

    public static GuidelineCategory fromParam(String value) {
        for (GuidelineCategory category : values()) {
            if (category.param().equalsIgnoreCase(value.trim())) {
                return category;
            }
        }
        return null;
    }
}

package org.socialplaybook.guidelines;

import java.util.Locale;

/** How binding a guideline is; the block is styled by it. Macro parameter values: must, should, tip. */
public enum GuidelineLevel {
    MUST, SHOULD, TIP;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code social-playbook.guidelines.level.<param>} */
    public String i18nKey() {
        return "social-playbook.guidelines.level." + param();
    }

    public static GuidelineLevel fromParam(String value) {
        for (GuidelineLevel level : values()) {
            if (level.param().equalsIgnoreCase(value.trim())) {
                return level;
            }
        }
        return null;
    }
}

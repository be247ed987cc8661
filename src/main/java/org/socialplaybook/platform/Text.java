package org.socialplaybook.platform;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;

/**
 * Translations for templates: {@code $text.getText("key", $a, $b)}. A plugin class on purpose: Confluence 9+ only
 * lets a template call methods on an allowlist, and a plugin may allowlist only its own classes (the
 * {@code <velocity-allowlist>} module lists {@code getText} here), and {@code $i18n} is a name Confluence's own
 * Velocity context already uses. Without a locale it follows the current user's language, as the resolver does.
 */
public final class Text {
    private final I18nResolver i18n;
    private final Locale locale;

    public Text(I18nResolver i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    public String getText(String key, Object... arguments) {
        Serializable[] args = new Serializable[arguments == null ? 0 : arguments.length];
        for (int i = 0; i < args.length; i++) {
            Object a = arguments[i];
            args[i] = a == null ? "" : a instanceof Serializable s ? s : String.valueOf(a);
        }
        return locale == null ? i18n.getText(key, args) : i18n.getText(locale, key, args);
    }

    public Locale locale() {
        return locale;
    }
}

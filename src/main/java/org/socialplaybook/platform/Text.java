package org.socialplaybook.platform;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translations for templates: {@code $text.getText("key")}, and with arguments
 * {@code $text.with($a).with($b).getText("key")}. A plugin class on purpose: Confluence 9+ lets a template call only
 * allowlisted methods, a plugin may allowlist only its own classes, and {@code $i18n} is a name Confluence's own
 * Velocity context already uses. The template-facing methods take one parameter each, so their
 * {@code <velocity-allowlist>} entries ({@code Text#getText(java.lang.String)}, {@code Text#with(java.lang.Object)})
 * do not depend on how a list of parameter types or a varargs array is spelled. Immutable: {@code with} returns a
 * new instance. Without a locale it follows the current user's language, as the resolver does.
 */
public final class Text {
    private final I18nResolver i18n;
    private final Locale locale;
    private final List<Serializable> arguments;

    public Text(I18nResolver i18n, Locale locale) {
        this(i18n, locale, List.of());
    }

    private Text(I18nResolver i18n, Locale locale, List<Serializable> arguments) {
        this.i18n = i18n;
        this.locale = locale;
        this.arguments = arguments;
    }

    /** The same translations with one more message argument ({@code null} becomes the empty string). */
    public Text with(Object argument) {
        List<Serializable> more = new ArrayList<>(arguments);
        more.add(argument == null ? "" : argument instanceof Serializable s ? s : String.valueOf(argument));
        return new Text(i18n, locale, List.copyOf(more));
    }

    /** The message for {@code key} with the arguments given by {@link #with}. */
    public String getText(String key) {
        Serializable[] args = arguments.toArray(new Serializable[0]);
        return locale == null ? i18n.getText(key, args) : i18n.getText(locale, key, args);
    }

    /** For Java callers: the message for {@code key} with these arguments (not for templates: not allowlisted). */
    public String message(String key, Object... arguments) {
        Text text = new Text(i18n, locale);
        for (Object a : arguments == null ? new Object[0] : arguments) {
            text = text.with(a);
        }
        return text.getText(key);
    }

    public Locale locale() {
        return locale;
    }
}

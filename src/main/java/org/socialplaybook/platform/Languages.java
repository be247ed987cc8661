package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose language a text is written in when it is not simply the current reader's: the site's default language
 * (Confluence's default locale; English when it has none) for what leaves Confluence for no one reader in particular
 * (a Jira issue unless its space chose a language, the digest's blog post), a named person's for what is sent to
 * them (the digest's mail).
 */
@Named
public class Languages {
    /** The languages the plugin's texts are translated into (its i18n bundles), as language tags. */
    public static final List<String> TRANSLATED = List.of("en", "es");

    private final I18nResolver i18n;
    private final LocaleResolver locales;

    @Inject
    public Languages(@ComponentImport I18nResolver i18n, @ComponentImport LocaleResolver locales) {
        this.i18n = i18n;
        this.locales = locales;
    }

    public Locale site() {
        Locale locale = locales.getLocale((UserKey) null);
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** The person's language, or the site's when they have none. */
    public Locale of(String userKey) {
        Locale locale = locales.getLocale(new UserKey(userKey));
        return locale == null ? site() : locale;
    }

    /** Translations in {@code chosen}, or the site's language when none was chosen. */
    public Text text(Optional<Locale> chosen) {
        return new Text(i18n, chosen.orElseGet(this::site));
    }
}

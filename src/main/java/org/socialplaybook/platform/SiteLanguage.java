package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The site's default language (Confluence's default locale; English when it has none): what leaves Confluence for
 * no one reader in particular is written in it, e.g. a follow-up's Jira issue, the digest's blog post.
 */
@Named
public class SiteLanguage {
    /** The languages the plugin's texts are translated into (its i18n bundles), as language tags. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "es");

    private final I18nResolver i18n;
    private final LocaleResolver locales;

    @Inject
    public SiteLanguage(@ComponentImport I18nResolver i18n, @ComponentImport LocaleResolver locales) {
        this.i18n = i18n;
        this.locales = locales;
    }

    public Locale locale() {
        Locale locale = locales.getLocale((UserKey) null);
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** Translations in the site's language. */
    public Text text() {
        return new Text(i18n, locale());
    }

    /** Translations in {@code chosen}, or the site's language when none was chosen. */
    public Text text(java.util.Optional<Locale> chosen) {
        return new Text(i18n, chosen.orElseGet(this::locale));
    }
}

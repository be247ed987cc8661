package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's I18nResolver over the plugin's {@code i18n/social-playbook*.properties}, in the request's locale with
 * English as the fallback, formatted with {@link MessageFormat} as Confluence does. A missing key comes back as
 * the key itself (Confluence's behaviour), which the i18n completeness test makes impossible in practice.
 */
public final class SandboxI18n implements I18nResolver {
    private final String baseName;
    private final RequestContext request;
    private final Map<String, Properties> bundles = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public SandboxI18n(String baseName, RequestContext request) {
        this.baseName = baseName;
        this.request = request;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(request.locale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = raw(locale, key);
        if (pattern == null) {
            return key;
        }
        if ((arguments == null || arguments.length == 0) && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // what MessageFormat gives for a pattern with neither arguments nor quotes
        }
        // parsing a pattern builds its number and date formats; parse each (locale, pattern) once and format a copy,
        // since a MessageFormat is not thread-safe
        MessageFormat parsed = formats.computeIfAbsent(locale.toLanguageTag() + '\n' + pattern,
                k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getText(String key) {
        return getText(request.locale(), key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(locale, key, new Serializable[0]);
    }

    /** The unformatted pattern, or null when neither the locale nor English has the key. */
    public String raw(Locale locale, String key) {
        String value = bundle(locale.getLanguage()).getProperty(key);
        return value != null ? value : bundle("").getProperty(key);
    }

    private Properties bundle(String language) {
        return bundles.computeIfAbsent(language, lang -> {
            String resource = baseName + (lang.isEmpty() || lang.equals("en") ? "" : "_" + lang) + ".properties";
            Properties properties = new Properties();
            try (InputStream in = SandboxI18n.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        });
    }
}

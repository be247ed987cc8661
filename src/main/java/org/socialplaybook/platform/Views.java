package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the plugin's Velocity templates with what every template may use: {@code $text} (translations, {@link Text}),
 * {@code $contextPath}, and JSON for {@code data-*} attributes (auto-escaped there, which is what makes it safe).
 */
@Named
public class Views {
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties applicationProperties;

    @Inject
    public Views(@ComponentImport TemplateRenderer renderer,
                 @ComponentImport I18nResolver i18n,
                 @ComponentImport PageBuilderService pageBuilder,
                 @ComponentImport ApplicationProperties applicationProperties) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.applicationProperties = applicationProperties;
    }

    public String render(String template, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.putIfAbsent("text", new Text(i18n, null));
        context.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Asks the page to load one of this plugin's web-resource modules (JS, CSS, with translated JS strings). */
    public void requireResources(String moduleKey) {
        pageBuilder.assembler().resources().requireWebResource(PluginKeys.webResource(moduleKey));
    }

    /** A user-facing failure inside a macro: an AUI error message with the translated text, not a stack trace. */
    public String error(PlaybookException e) {
        return render("templates/platform/error.vm", Map.of("message", i18n.getText(e.key(), e.arguments())));
    }

    /** Translations in the current reader's language, for Java callers ({@link Text#message}). */
    public Text readerText() {
        return new Text(i18n, null);
    }

    public String text(String key, java.io.Serializable... arguments) {
        return i18n.getText(key, arguments);
    }

    /** JSON for a {@code data-state="$stateJson"} attribute; the template's HTML escaping makes it attribute-safe. */
    public static String json(Object value) {
        return Json.write(value);
    }
}

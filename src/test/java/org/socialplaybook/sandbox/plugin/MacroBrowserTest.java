package org.socialplaybook.sandbox.plugin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.I18nBundles;
import org.socialplaybook.testing.SandboxRule;

/**
 * The sandbox editor's macro browser lists what the descriptor's {@code <xhtml-macro>} modules declare, with
 * Confluence's macro-browser texts in English and Spanish, and writes storage format the way Confluence does; the
 * README's snippets are the ones it generates.
 */
public class MacroBrowserTest {
    private static final String BEGIN = "<!-- macro-snippets:begin";
    private static final String END = "<!-- macro-snippets:end -->";

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static MacroBrowser.Entry entry(String name) {
        return SANDBOX.sandbox().macroBrowser().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    public void everyMacroOfTheDescriptorIsListedWithItsParametersTypesDefaultsAndBodyType() {
        List<MacroBrowser.Entry> entries = SANDBOX.sandbox().macroBrowser();

        assertEquals(SANDBOX.sandbox().descriptor().macros().stream().map(PluginDescriptor.Macro::name).toList(),
                entries.stream().map(MacroBrowser.Entry::name).toList());
        MacroBrowser.Entry matrix = entry("role-matrix");
        assertEquals(Macro.BodyType.RICH_TEXT, matrix.bodyType());
        assertEquals(List.of("name", "legend", "highlight", "compact", "overload"),
                matrix.parameters().stream().map(MacroBrowser.Parameter::name).toList());
        MacroBrowser.Parameter name = matrix.parameters().get(0);
        assertTrue(name.required());
        assertEquals("string", name.type());
        assertEquals("org.socialplaybook.social-playbook.role-matrix.param.name.label", name.labelKey());
        assertEquals("true", matrix.parameters().get(1).defaultValue());
        assertEquals("int", matrix.parameters().get(4).type());
        MacroBrowser.Parameter category = entry("guideline").parameters().stream()
                .filter(p -> p.name().equals("category")).findFirst().orElseThrow();
        assertEquals("enum", category.type());
        assertEquals("general", category.defaultValue());
        assertTrue(category.values().containsAll(List.of("tone-of-voice", "crisis", "general")));
        assertTrue(entry("guideline").parameters().stream().filter(p -> p.name().equals("owners"))
                .findFirst().orElseThrow().multiple());
        assertEquals(Macro.BodyType.NONE, entry("goals").bodyType());
    }

    @Test
    public void everyMacroAndParameterHasItsMacroBrowserLabelAndDescriptionInEnglishAndSpanish() throws IOException {
        Properties en = I18nBundles.load(I18nBundles.ENGLISH);
        Properties es = I18nBundles.load(I18nBundles.SPANISH);

        for (MacroBrowser.Entry e : SANDBOX.sandbox().macroBrowser()) {
            for (String key : keys(e)) {
                assertTrue("no English text for " + key, en.containsKey(key));
                assertTrue("no Spanish text for " + key, es.containsKey(key));
            }
        }
    }

    @Test
    public void aSnippetCarriesTheRequiredParametersAndTheChangedOnesEscaped() {
        String snippet = MacroBrowser.snippet(entry("role-matrix"),
                Map.of("name", " Launch & <roles> ", "legend", "true", "compact", "true", "overload", ""));

        assertEquals("<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\">\n"
                + "  <ac:parameter ac:name=\"name\">Launch &amp; &lt;roles&gt;</ac:parameter>\n"
                + "  <ac:parameter ac:name=\"compact\">true</ac:parameter>\n"
                + "  <ac:rich-text-body></ac:rich-text-body>\n"
                + "</ac:structured-macro>", snippet);
        assertEquals("<ac:structured-macro ac:name=\"goals\" ac:schema-version=\"1\">\n</ac:structured-macro>",
                entry("goals").snippet());
    }

    @Test
    public void theReadmeShowsEveryMacrosSnippetAndParametersAsTheDescriptorDeclaresThem() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String expected = readmeSection(I18nBundles.load(I18nBundles.ENGLISH));

        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue("README.md has no " + BEGIN + " … " + END + " section", begin >= 0 && end > begin);
        String actual = readme.substring(readme.indexOf('\n', begin) + 1, end);
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "macro-snippets.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, expected);
            assertEquals("README.md's macro snippets differ from the descriptor's; the expected text is in " + out,
                    expected, actual);
        }
    }

    @Test
    public void everySnippetWithItsRequiredParametersFilledInRendersOnAPage() {
        for (MacroBrowser.Entry e : SANDBOX.sandbox().macroBrowser()) {
            Map<String, String> values = new java.util.HashMap<>();
            e.parameters().stream().filter(MacroBrowser.Parameter::required)
                    .forEach(p -> values.put(p.name(), "snippet-" + e.name()));
            var page = SANDBOX.sandbox().pages().create(SANDBOX.sandbox().directory().spaceKey(), "Snippet " + e.name(),
                    null, MacroBrowser.snippet(e, values), "sofia", java.time.Instant.now());

            String html = SANDBOX.viewPage("sofia", page.id());

            assertFalse(e.name() + ": " + html, html.contains("conf-macro-error"));
        }
    }

    /** The README's part between the markers: per macro, its label, description, parameters and snippet. */
    static String readmeSection(Properties en) {
        StringBuilder out = new StringBuilder();
        for (MacroBrowser.Entry e : SANDBOX.sandbox().macroBrowser()) {
            out.append("\n#### ").append(text(en, e.labelKey())).append(" — `").append(e.name()).append("`\n\n")
                    .append(text(en, e.descriptionKey())).append("\n\n");
            if (!e.parameters().isEmpty()) {
                out.append("| parameter | type | required | default | meaning |\n|---|---|---|---|---|\n");
                for (MacroBrowser.Parameter p : e.parameters()) {
                    String type = p.type().equals("enum") ? "one of " + String.join(", ", p.values()) : p.type();
                    out.append("| `").append(p.name()).append("` (").append(text(en, p.labelKey())).append(") | ")
                            .append(type).append(p.multiple() ? " (several)" : "").append(" | ")
                            .append(p.required() ? "yes" : "").append(" | ")
                            .append(p.defaultValue().isEmpty() ? "" : "`" + p.defaultValue() + "`").append(" | ")
                            .append(text(en, p.descriptionKey()).replace("|", "\\|")).append(" |\n");
                }
                out.append('\n');
            }
            out.append("```xml\n").append(e.snippet()).append("\n```\n");
        }
        return out.append('\n').toString();
    }

    private static List<String> keys(MacroBrowser.Entry e) {
        List<String> keys = new java.util.ArrayList<>(List.of(e.labelKey(), e.descriptionKey()));
        e.parameters().forEach(p -> keys.addAll(List.of(p.labelKey(), p.descriptionKey())));
        return keys;
    }

    private static String text(Properties bundle, String key) {
        return bundle.getProperty(key, key).replace("''", "'");
    }
}

package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;

/**
 * Every key the plugin uses (Java, templates, JavaScript, the descriptor and the macro browser's conventions) is
 * in both the English and the Spanish file; both files have the same keys; and each translation keeps the
 * original's placeholders.
 */
public class I18nKeysTest {
    private static final Pattern JAVA_KEY = Pattern.compile("\"(social-playbook\\.[a-z0-9][a-z0-9.\\-]*[a-z0-9])\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\\s*[\"']([^\"'$]+)[\"']");
    private static final Pattern JS_KEY = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    public void everyKeyUsedInCodeTemplatesScriptsAndTheDescriptorExistsInBothLanguages() {
        Set<String> used = usedKeys();
        List<String> missing = new ArrayList<>();
        for (Path file : List.of(I18nBundles.ENGLISH, I18nBundles.SPANISH)) {
            Set<String> defined = I18nBundles.keys(file);
            for (String key : used) {
                if (!defined.contains(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertEquals("keys used but not translated", List.of(), missing);
        assertTrue("the scan found the keys it should (sanity check)", used.size() >= 20);
    }

    @Test
    public void bothLanguagesHaveExactlyTheSameKeys() {
        assertEquals(I18nBundles.keys(I18nBundles.ENGLISH), I18nBundles.keys(I18nBundles.SPANISH));
    }

    @Test
    public void everyTranslationParsesAndKeepsThePlaceholdersOfTheEnglishText() {
        Properties en = I18nBundles.load(I18nBundles.ENGLISH);
        Properties es = I18nBundles.load(I18nBundles.SPANISH);
        List<String> problems = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String spanish = es.getProperty(key);
            try {
                new MessageFormat(english);
                if (spanish != null) {
                    new MessageFormat(spanish);
                }
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
                continue;
            }
            if (spanish != null && !placeholders(english).equals(placeholders(spanish))) {
                problems.add(key + ": English has " + placeholders(english) + ", Spanish " + placeholders(spanish));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void keysBuiltAtRunTimeFromTheOverviewsEnumsExist() {
        for (PlaybookStep step : PlaybookStep.values()) {
            for (String part : List.of(".title", ".summary", ".tool")) {
                I18nBundles.assertHasKey(step.i18nPrefix() + part);
            }
        }
        for (StepStatus.State state : StepStatus.State.values()) {
            I18nBundles.assertHasKey("social-playbook.overview.state." + state.name().toLowerCase().replace('_', '-'));
        }
    }

    static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", JAVA_KEY, keys);
        scan(Path.of("src/sandbox/java"), ".java", JAVA_KEY, keys);
        scan(Path.of("src/main/resources"), ".vm", TEMPLATE_KEY, keys);
        scan(Path.of("src/sandbox/resources"), ".vm", TEMPLATE_KEY, keys);
        scan(Path.of("src/main/resources"), ".js", JS_KEY, keys);
        keys.addAll(descriptorKeys());
        return keys;
    }

    /** description keys, i18n-name-keys, and the macro browser's label/desc keys for every macro and parameter. */
    static Set<String> descriptorKeys() {
        Set<String> keys = new TreeSet<>();
        PluginDescriptor descriptor = PluginDescriptor.load();
        NodeList all = descriptor.document().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("i18n-name-key")) {
                keys.add(e.getAttribute("i18n-name-key"));
            }
            if (e.getTagName().equals("description") && e.hasAttribute("key")) {
                keys.add(e.getAttribute("key"));
            }
        }
        NodeList macros = descriptor.document().getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            String prefix = descriptor.pluginKey() + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            NodeList parameters = macro.getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                String name = ((Element) parameters.item(j)).getAttribute("name");
                keys.add(prefix + ".param." + name + ".label");
                keys.add(prefix + ".param." + name + ".desc");
            }
        }
        return keys;
    }

    private static void scan(Path root, String extension, Pattern pattern, Set<String> into) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The plugin jar as Maven built it ({@code mvn verify} runs this after {@code package}): the descriptor at its
 * root, filtered; our classes, templates and translations in; no stand-in, sandbox or test class, and no secret.
 */
public class PluginJarIT {
    private static Path jar;
    private static List<String> entries;

    @BeforeClass
    public static void openJar() throws IOException {
        jar = Path.of(System.getProperty("plugin.jar", "target/social-playbook-1.0.0-SNAPSHOT.jar"));
        assertTrue("the plugin jar was not built: " + jar, Files.isRegularFile(jar));
        entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(ZipEntry::getName).forEach(entries::add);
        }
    }

    @Test
    public void theDescriptorIsAtTheJarRootWithEveryPlaceholderFilledIn() throws IOException {
        String descriptor = read("atlassian-plugin.xml");

        assertFalse("unfiltered placeholder left in the descriptor", descriptor.contains("${"));
        assertTrue(descriptor.contains("key=\"org.socialplaybook.social-playbook\""));
        assertTrue(descriptor.contains("<param name=\"atlassian-data-center-compatible\">true</param>"));
    }

    @Test
    public void noStandInSandboxOrTestClassIsShipped() throws IOException {
        Set<String> testClasses = new TreeSet<>();
        Path testRoot = Path.of("target/test-classes");
        try (Stream<Path> files = Files.walk(testRoot)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .forEach(f -> testClasses.add(testRoot.relativize(f).toString().replace('\\', '/')));
        }
        List<String> wrong = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith("com/atlassian/") || entry.startsWith("net/java/ao/")
                    || entry.startsWith("org/socialplaybook/sandbox/") || entry.startsWith("org/socialplaybook/testing/")
                    || testClasses.contains(entry) || entry.startsWith("sandbox-") || entry.startsWith("demo/")) {
                wrong.add(entry);
            }
            if (entry.endsWith(".class") && !entry.startsWith("org/socialplaybook/") && !entry.startsWith("META-INF/")) {
                wrong.add(entry);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue("the check must have seen the test classes", testClasses.size() > 5);
    }

    @Test
    public void thePluginsClassesTemplatesAndBothTranslationsAreIn() {
        assertTrue(entries.contains("org/socialplaybook/overview/PlaybookOverviewMacro.class"));
        assertTrue(entries.contains("templates/overview/overview.vm"));
        assertTrue(entries.contains("i18n/social-playbook.properties"));
        assertTrue(entries.contains("i18n/social-playbook_es.properties"));
        assertTrue(entries.contains("META-INF/spring/plugin-context.xml"));
    }

    @Test
    public void everyClassAndResourceTheDescriptorNamesIsInTheJar() throws IOException {
        String descriptor = read("atlassian-plugin.xml");
        List<String> missing = new ArrayList<>();
        java.util.regex.Matcher classes = java.util.regex.Pattern.compile("class=\"([^\"]+)\"").matcher(descriptor);
        while (classes.find()) {
            String entry = classes.group(1).replace('.', '/') + ".class";
            if (!entries.contains(entry)) {
                missing.add(entry);
            }
        }
        java.util.regex.Matcher locations = java.util.regex.Pattern.compile("location=\"([^\"]+)\"").matcher(descriptor);
        while (locations.find()) {
            String location = locations.group(1);
            boolean present = location.endsWith("/") ? entries.stream().anyMatch(e -> e.startsWith(location))
                    : entries.contains(location) || entries.contains(location + ".properties");
            if (!present) {
                missing.add(location);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void noSecretLooksShipped() throws IOException {
        List<String> suspicious = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String entry : entries) {
                if (entry.endsWith(".class") || entry.endsWith("/") || entry.endsWith(".png")) {
                    continue;
                }
                String text = new String(file.getInputStream(file.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
                if (text.matches("(?s).*(?i)(api[_-]?token|password|secret)\\s*[=:]\\s*['\"]?[A-Za-z0-9+/]{12,}.*")) {
                    suspicious.add(entry);
                }
            }
        }
        assertEquals(List.of(), suspicious);
    }

    private static String read(String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            assertNotNull(name + " is not in the jar", entry);
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}

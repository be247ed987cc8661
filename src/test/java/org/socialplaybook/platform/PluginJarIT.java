package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The plugin jar as Maven built it ({@code mvn verify} runs this after {@code package}): the descriptor at its
 * root, filtered; our classes, templates and translations in; no stand-in, sandbox or test class, and no secret;
 * an OSGi manifest whose mandatory imports Confluence 10.2 exports (confluence-10.2-exports.txt, with sources),
 * only the expected libraries bundled, and a Spring Scanner index naming every component, import and export.
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

    // --- the OSGi bundle Confluence installs (README "The plugin jar") ---

    @Test
    public void theManifestDeclaresTheBundleAsAmpsWould() throws IOException {
        Attributes main = manifest();

        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        assertEquals("org.socialplaybook.social-playbook", main.getValue("Bundle-SymbolicName"));
        assertEquals("org.socialplaybook.social-playbook", main.getValue("Atlassian-Plugin-Key"));
        assertEquals("*", main.getValue("Spring-Context"));
        assertTrue(main.getValue("Bundle-Version"), main.getValue("Bundle-Version").matches("\\d+\\.\\d+\\.\\d+.*"));
        assertEquals("the plugin exports nothing", null, main.getValue("Export-Package"));
    }

    @Test
    public void everyMandatoryImportIsAPackageConfluenceExports() throws IOException {
        List<String> exported = confluenceExports();
        List<String> unsatisfied = new ArrayList<>();
        Map<String, String> imports = imports();

        for (Map.Entry<String, String> imported : imports.entrySet()) {
            boolean optional = imported.getValue().contains("resolution:=optional")
                    || imported.getValue().contains("resolution:=\"optional\"");
            if (!optional && exported.stream().noneMatch(pattern -> matches(pattern, imported.getKey()))) {
                unsatisfied.add(imported.getKey());
            }
        }

        assertEquals("imported but not exported by Confluence 10.2 (confluence-10.2-exports.txt) nor optional",
                List.of(), unsatisfied);
        assertTrue("the check must have seen the imports", imports.size() > 20);
        assertTrue("Rome's JDOM2 needs jaxen only for XPath, which the plugin never runs: optional",
                imports.get("org.jaxen").contains("optional"));
        assertFalse("java.* comes from the JVM", imports.keySet().stream().anyMatch(p -> p.startsWith("java.")));
    }

    @Test
    public void theBundledLibrariesAreTheCompileScopeOnesAndJacksonIsNotAmongThem() throws IOException {
        Set<String> bundled = new TreeSet<>();
        for (String entry : entries) {
            if (entry.startsWith("META-INF/lib/") && entry.endsWith(".jar")) {
                bundled.add(entry.substring("META-INF/lib/".length()).replaceAll("-\\d[\\w.]*\\.jar$", ""));
            }
        }
        List<String> classPath = new ArrayList<>(List.of(manifest().getValue("Bundle-ClassPath").split(",")));

        assertEquals(Set.of("commons-csv", "commons-io", "commons-codec", "rome", "rome-utils", "jdom2"), bundled);
        assertEquals(".", classPath.remove(0));
        assertEquals(bundled, new TreeSet<>(classPath.stream()
                .map(e -> e.replace("META-INF/lib/", "").replaceAll("-\\d[\\w.]*\\.jar$", "")).toList()));
        assertFalse(entries.stream().anyMatch(e -> e.toLowerCase(java.util.Locale.ROOT).contains("jackson")));
    }

    @Test
    public void theSpringScannerIndexListsEveryComponentImportAndExport() throws Exception {
        Set<String> components = lines("META-INF/plugin-components/component");
        Set<String> imports = lines("META-INF/plugin-components/imports");
        Set<String> exports = lines("META-INF/plugin-components/exports");
        List<String> missing = new ArrayList<>();
        int named = 0;

        for (String entry : entries) {
            if (!entry.startsWith("org/socialplaybook/") || !entry.endsWith(".class")) {
                continue;
            }
            Class<?> type = Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.'), false,
                    PluginJarIT.class.getClassLoader());
            if (type.isAnnotationPresent(jakarta.inject.Named.class)) {
                named++;
                String name = type.getAnnotation(jakarta.inject.Named.class).value();
                if (!components.contains(name.isEmpty() ? type.getName() : type.getName() + "#" + name)) {
                    missing.add("component " + type.getName());
                }
            }
            ExportAsService export = type.getAnnotation(ExportAsService.class);
            if (export != null && exports.stream().noneMatch(line -> line.startsWith(type.getName() + "#")
                    && List.of(line.substring(line.indexOf('#') + 1).split(",")).containsAll(
                            java.util.Arrays.stream(export.value()).map(Class::getName).toList()))) {
                missing.add("export " + type.getName());
            }
            List<java.lang.reflect.Executable> code = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            code.addAll(List.of(type.getDeclaredMethods()));
            for (java.lang.reflect.Executable executable : code) {
                for (java.lang.reflect.Parameter parameter : executable.getParameters()) {
                    if (parameter.isAnnotationPresent(ComponentImport.class)
                            && !imports.contains(parameter.getType().getName())) {
                        missing.add("import " + parameter.getType().getName() + " (" + type.getSimpleName() + ")");
                    }
                }
            }
        }

        assertEquals(List.of(), missing);
        assertTrue("the check must have seen the components", named > 30);
        assertTrue(imports.contains("com.atlassian.sal.api.message.I18nResolver"));
        assertTrue("the runtime reads META-INF/spring, which asks for the index",
                read("META-INF/spring/plugin-context.xml").contains("scan-indexes"));
    }

    private static Set<String> lines(String name) throws IOException {
        Set<String> lines = new TreeSet<>();
        for (String line : read(name).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return lines;
    }

    private static Attributes manifest() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes();
        }
    }

    /** Import-Package as package → its attributes and directives (OSGi header syntax: commas outside quotes). */
    private static Map<String, String> imports() throws IOException {
        Map<String, String> imports = new TreeMap<>();
        String header = manifest().getValue("Import-Package");
        java.util.regex.Matcher clause = java.util.regex.Pattern.compile("((?:[^,\"]|\"[^\"]*\")+)").matcher(header);
        while (clause.find()) {
            String[] parts = clause.group(1).trim().split(";", 2);
            imports.put(parts[0].trim(), parts.length > 1 ? parts[1] : "");
        }
        return imports;
    }

    private static List<String> confluenceExports() throws IOException {
        List<String> patterns = new ArrayList<>();
        try (InputStream in = PluginJarIT.class.getResourceAsStream("confluence-10.2-exports.txt")) {
            assertNotNull("confluence-10.2-exports.txt next to PluginJarIT", in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String pattern = line.replaceAll("#.*", "").trim();
                if (!pattern.isEmpty()) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }

    private static boolean matches(String pattern, String pkg) {
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
        }
        return pkg.equals(pattern);
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

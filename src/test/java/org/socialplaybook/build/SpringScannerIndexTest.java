package org.socialplaybook.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Spring Scanner index the default build writes, over the plugin's compiled classes. */
public class SpringScannerIndexTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static Map<String, SortedSet<String>> index() throws Exception {
        return SpringScannerIndex.index(Path.of("target/classes"), "org.socialplaybook.", SpringScannerIndexTest.class.getClassLoader());
    }

    @Test
    public void namedClassesAreComponentsAndOthersAreNot() throws Exception {
        SortedSet<String> components = index().get("component");

        assertTrue(components.contains("org.socialplaybook.platform.Views"));
        assertTrue(components.contains("org.socialplaybook.roles.RoleMatrixService"));
        assertFalse("a REST resource is built by the REST module, not indexed", components.contains("org.socialplaybook.roles.RoleMatrixResource"));
        assertFalse("records and rules are not beans", components.contains("org.socialplaybook.roles.RaciRules"));
    }

    @Test
    public void everyComponentImportedTypeIsAnImportOnce() throws Exception {
        SortedSet<String> imports = index().get("imports");

        assertTrue(imports.contains("com.atlassian.sal.api.message.I18nResolver"));
        assertTrue(imports.contains("com.atlassian.activeobjects.external.ActiveObjects"));
        assertTrue(imports.stream().allMatch(i -> i.startsWith("com.atlassian.")));
    }

    @Test
    public void exportsNameTheirInterfacesAfterAHash() throws Exception {
        SortedSet<String> exports = index().get("exports");

        assertTrue(exports.contains("org.socialplaybook.feedback.FollowUpJob#com.atlassian.sal.api.lifecycle.LifecycleAware"));
        assertTrue(exports.contains("org.socialplaybook.news.DigestJob#com.atlassian.sal.api.lifecycle.LifecycleAware"));
    }

    @Test
    public void theFilesHoldOneEntryALineAndOnlyThoseWithEntriesAreWritten() throws Exception {
        Path out = folder.getRoot().toPath().resolve("plugin-components");
        Files.createDirectories(out);
        Files.writeString(out.resolve("exports"), "stale\n");

        SpringScannerIndex.write(out, Map.of("component", new java.util.TreeSet<>(List.of("a.B", "a.C#c"))));

        assertEquals(List.of("a.B", "a.C#c"), Files.readAllLines(out.resolve("component")));
        assertFalse("a file left from an earlier build goes", Files.exists(out.resolve("exports")));
    }
}

package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.VelocityAllowlist;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;
import org.socialplaybook.testing.SandboxRule;

/**
 * The {@code <velocity-allowlist>} module and the sandbox's enforcement of it (Confluence 9+ blocks every template
 * method call that is neither on the product's global list nor on the owning plugin's allowlist).
 */
public class VelocityAllowlistTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern CALL = Pattern.compile("\\.([a-zA-Z_][a-zA-Z0-9_]*)\\(");
    private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");

    /** A plugin-package class nobody allowlisted. */
    public record Probe(String name) {
        public String shout() {
            return name.toUpperCase();
        }
    }

    @Test
    public void everyAllowlistedMethodExistsOnAPluginClass() throws Exception {
        List<String> entries = PluginDescriptor.load().velocityAllowlist();
        assertFalse("the descriptor has a <velocity-allowlist>", entries.isEmpty());
        List<String> wrong = new ArrayList<>();
        for (String entry : entries) {
            Matcher m = ENTRY.matcher(entry.replaceAll("\\s+", ""));
            if (!m.matches()) {
                wrong.add(entry + ": not pkg.Class#method(types)");
                continue;
            }
            if (!m.group(1).startsWith("org.socialplaybook.") || m.group(1).startsWith("org.socialplaybook.sandbox.")) {
                wrong.add(entry + ": a plugin may allowlist only its own classes");
                continue;
            }
            Class<?> type = Class.forName(m.group(1));
            Method found = findMethod(type, m.group(2), m.group(3));
            if (found == null) {
                wrong.add(entry + ": no such public method");
            } else if (Modifier.isStatic(found.getModifiers())) {
                wrong.add(entry + ": static");
            }
        }
        assertEquals("allowlist entries", List.of(), wrong);
        assertEquals("no entry twice", entries.size(), Set.copyOf(entries).size());
    }

    @Test
    public void everyAllowlistedMethodIsCalledByATemplate() {
        Set<String> called = templateCalls();
        List<String> unused = PluginDescriptor.load().velocityAllowlist().stream()
                .filter(e -> !called.contains(e.substring(e.indexOf('#') + 1, e.indexOf('('))))
                .toList();
        assertEquals("allowlisted but no template calls a method of that name", List.of(), unused);
    }

    /** Static cover for templates no demo page renders (previews, errors): every called name is allowed somewhere. */
    @Test
    public void everyMethodNameATemplateCallsIsOnTheAllowlistOrGlobal() {
        Set<String> allowlisted = PluginDescriptor.load().velocityAllowlist().stream()
                .map(e -> e.substring(e.indexOf('#') + 1, e.indexOf('('))).collect(Collectors.toSet());
        Set<String> global = Set.of("size", "isEmpty", "get", "contains", "name", "containsKey", "keySet", "values",
                "entrySet", "getKey", "getValue", "toString", "length", "substring", "toUpperCase", "toLowerCase",
                "trim", "equals", "startsWith", "endsWith", "ordinal", "intValue", "longValue", "doubleValue");
        Set<String> missing = new TreeSet<>(templateCalls());
        missing.removeAll(allowlisted);
        missing.removeAll(global);
        assertEquals("template calls with no allowlist entry of that name", Set.of(), missing);
    }

    /**
     * Names Confluence's own Velocity context already uses (developer.atlassian.com, "Confluence objects accessible
     * from Velocity", plus the macro/user-macro names): a template variable of the same name shadows them or is
     * shadowed, and a reader cannot tell which object a line means.
     */
    @Test
    public void noTemplateUsesANameFromConfluencesOwnContext() {
        Set<String> confluence = Set.of("action", "i18n", "dateFormatter", "req", "res", "baseUrl", "webwork",
                "generalUtil", "userAccessor", "permissionHelper", "attachmentManager", "spaceManager", "helper",
                "htmlUtil", "space", "page", "content", "stack", "renderContext", "remoteUser", "setup",
                "settingsManager", "bootstrap", "staticResourceUrlPrefix", "body", "params", "config", "macroName");
        Pattern reference = Pattern.compile("\\$!?\\{?([a-zA-Z][a-zA-Z0-9_]*)");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".vm")).toList()) {
                Matcher m = reference.matcher(Files.readString(file));
                while (m.find()) {
                    if (confluence.contains(m.group(1))) {
                        used.add(TEMPLATES.relativize(file) + ": $" + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(Set.of(), used);
    }

    @Test
    public void anUnlistedCallRendersNothingIsFalseAndIsRecorded() throws Exception {
        VelocityTemplates velocity = new VelocityTemplates(new VelocityAllowlist(List.of()));

        String html = velocity.renderFragment("[$p.name()][#if($p.shout())yes#{else}no#end][$p.shout().length()]",
                Map.of("p", new Probe("x")));

        assertEquals("[][no][]", html);
        assertEquals(List.of(Probe.class.getName() + "#name() in fragment line 1",
                Probe.class.getName() + "#shout() in fragment line 1",
                Probe.class.getName() + "#shout() in fragment line 1"), velocity.blockedCalls());
    }

    @Test
    public void anAllowlistedCallRendersAndGlobalJdkCallsNeedNoEntry() throws Exception {
        VelocityTemplates velocity = new VelocityTemplates(
                new VelocityAllowlist(List.of(Probe.class.getName() + "#name()")));

        String html = velocity.renderFragment("$p.name() $p.name().length() $list.size() $map.get('k')",
                Map.of("p", new Probe("abc"), "list", List.of(1, 2), "map", Map.of("k", "v")));

        assertEquals("abc 3 2 v", html);
        assertEquals(List.of(), velocity.blockedCalls());
    }

    @Test
    public void aPluginCannotAllowlistSomeoneElsesClass() throws Exception {
        VelocityTemplates velocity = new VelocityTemplates(
                new VelocityAllowlist(List.of("java.lang.Thread#getName()", "java.lang.Class#getClassLoader()")));

        String html = velocity.renderFragment("[$t.getName()][$p.getClass()]",
                Map.of("t", Thread.currentThread(), "p", new Probe("x")));

        assertEquals("[][]", html);
        assertEquals(2, velocity.blockedCalls().size());
    }

    /** Every demo page, as every demo user: the page renders (no macro error box) and no template call is blocked. */
    @Test
    public void everyDemoPageRendersForEveryDemoUserWithNoBlockedCall() {
        VelocityTemplates templates = SANDBOX.sandbox().templates();
        templates.clearBlockedCalls();
        int rendered = 0;
        List<String> broken = new ArrayList<>();
        for (Directory.User user : SANDBOX.sandbox().directory().users()) {
            for (PageStore.StoredPage page : SANDBOX.sandbox().pages().all()) {
                HttpResponse<String> response = SANDBOX.send(
                        SANDBOX.page(user.username(), "/pages/viewpage.action?pageId=" + page.id()).GET());
                if (response.statusCode() != 200) {
                    continue;
                }
                rendered++;
                if (response.body().contains("conf-macro-error") || !response.body().contains("id=\"footer\"")) {
                    broken.add(page.title() + " as " + user.username());
                }
            }
        }
        assertTrue("pages rendered: " + rendered, rendered > 20);
        assertEquals("blocked template calls", List.of(), templates.blockedCalls());
        assertEquals("pages with a macro error or cut short", List.of(), broken);
    }

    /** Each macro outside a page (the macro browser's preview: no page id), so the preview templates render too. */
    @Test
    public void everyMacroRendersItsPreviewWithNoBlockedCall() throws Exception {
        VelocityTemplates templates = SANDBOX.sandbox().templates();
        templates.clearBlockedCalls();
        Map<String, String> parameters = Map.of("name", "Social team", "key", "preview-key", "title", "Preview");
        List<String> failed = new ArrayList<>();
        Set<String> previews = new TreeSet<>();
        for (PluginDescriptor.Macro declared : SANDBOX.sandbox().descriptor().macros()) {
            com.atlassian.confluence.macro.Macro macro = (com.atlassian.confluence.macro.Macro)
                    SANDBOX.sandbox().components().get(Class.forName(declared.className()));
            String html = SANDBOX.sandbox().as("sofia", () -> {
                try {
                    return macro.execute(parameters, "", new org.socialplaybook.sandbox.pages.StorageFormatRenderer
                            .Context(null, SANDBOX.sandbox().directory().spaceKey(), "preview"));
                } catch (Exception e) {
                    return "failed: " + e;
                }
            });
            if (html.startsWith("failed") || html.isBlank()) {
                failed.add(declared.name() + ": " + html);
            }
            Matcher preview = Pattern.compile("sp-[a-z]+-preview").matcher(html);
            if (preview.find()) {
                previews.add(preview.group());
            }
        }
        assertEquals("macros without a page", List.of(), failed);
        assertEquals("the preview templates rendered",
                Set.of("sp-goals-preview", "sp-raci-preview", "sp-team-preview", "sp-training-preview"), previews);
        assertEquals("blocked template calls", List.of(), templates.blockedCalls());
    }

    private static Set<String> templateCalls() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".vm")).toList()) {
                Matcher m = CALL.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Method findMethod(Class<?> type, String name, String parameters) throws ClassNotFoundException {
        List<String> wanted = parameters.isEmpty() ? List.of() : List.of(parameters.split(","));
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && Stream.of(method.getParameterTypes())
                    .map(Class::getTypeName).toList().equals(wanted)) {
                return method;
            }
        }
        return null;
    }
}

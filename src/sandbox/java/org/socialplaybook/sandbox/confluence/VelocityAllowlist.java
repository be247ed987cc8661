package org.socialplaybook.sandbox.confluence;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which methods a Velocity template may call, the way Confluence 9+ decides it: a method is allowed if it is on
 * the product's global allowlist (below) or on the {@code <velocity-allowlist>} of the plugin that owns the class;
 * a plugin may list only its own classes. Entries have the form {@code pkg.Class#name(param.Type,param.Type)}
 * (binary class names, so a nested record is {@code pkg.Outer$Row}).
 *
 * <p>The sandbox's own page templates ({@code sandbox-templates/}) stand in for Confluence's own templates, which
 * Confluence allowlists itself: they may also call the host's classes ({@code org.socialplaybook.sandbox.*}).
 */
public final class VelocityAllowlist {
    private static final Logger LOG = LoggerFactory.getLogger(VelocityAllowlist.class);
    private static final String PLUGIN_PACKAGE = "org.socialplaybook.";
    private static final String HOST_PACKAGE = "org.socialplaybook.sandbox.";
    private static final String HOST_TEMPLATES = "sandbox-templates/";
    private static final String ALL = "*";

    /**
     * The global list: what any template may call on JDK types. Source: developer.atlassian.com, "Configuring the
     * Velocity method allowlist" (Confluence 9.0+: "Products are configured with a global method allowlist which
     * contains appropriate JDK and Atlassian class methods ... plugins avoid invoking application services or beans
     * from templates, instead only exposing immutable DTOs"). The exact product list is not published; this is the
     * read-only subset a view layer needs (strings, boxed numbers, collections, maps, iterators, enum names), kept
     * deliberately small so the sandbox is no more permissive than Confluence. Keep it in this one place.
     */
    private static final Map<Class<?>, Set<String>> GLOBAL = Map.ofEntries(
            Map.entry(String.class, Set.of(ALL)),
            Map.entry(Number.class, Set.of(ALL)),
            Map.entry(Boolean.class, Set.of(ALL)),
            Map.entry(Character.class, Set.of(ALL)),
            Map.entry(Enum.class, Set.of("name", "ordinal", "toString", "equals")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains", "containsAll", "get", "indexOf",
                    "lastIndexOf", "subList", "iterator", "getFirst", "getLast")),
            Map.entry(Map.class, Set.of("size", "isEmpty", "get", "getOrDefault", "containsKey", "containsValue",
                    "keySet", "values", "entrySet")),
            Map.entry(Map.Entry.class, Set.of("getKey", "getValue")),
            Map.entry(Iterator.class, Set.of("hasNext", "next")));

    private final Set<String> pluginMethods;

    /** @param entries the {@code <method>} texts of the plugin's {@code <velocity-allowlist>} modules */
    public VelocityAllowlist(List<String> entries) {
        Set<String> own = new LinkedHashSet<>();
        for (String entry : entries) {
            String normalised = entry.replaceAll("\\s+", "");
            if (!normalised.startsWith(PLUGIN_PACKAGE) || normalised.startsWith(HOST_PACKAGE)) {
                LOG.warn("Ignoring velocity-allowlist entry {}: a plugin may allowlist only its own classes", entry);
                continue;
            }
            own.add(normalised);
        }
        this.pluginMethods = Set.copyOf(own);
    }

    /** {@code pkg.Class#name(param.Type,param.Type)} for a method called on an object of class {@code owner}. */
    public static String signature(Class<?> owner, Method method) {
        return owner.getName() + "#" + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",", "(", ")"));
    }

    public Set<String> pluginMethods() {
        return pluginMethods;
    }

    /** May a template named {@code templateName} call {@code method} on {@code target}? */
    public boolean allows(Object target, Method method, String templateName) {
        if (Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        if (globallyAllowed(target, method)) {
            return true;
        }
        if (pluginMethods.contains(signature(target.getClass(), method))
                || pluginMethods.contains(signature(method.getDeclaringClass(), method))) {
            return true;
        }
        return templateName != null && templateName.startsWith(HOST_TEMPLATES)
                && (target.getClass().getName().startsWith(HOST_PACKAGE)
                    || method.getDeclaringClass().getName().startsWith(HOST_PACKAGE));
    }

    private static boolean globallyAllowed(Object target, Method method) {
        for (Map.Entry<Class<?>, Set<String>> e : GLOBAL.entrySet()) {
            if (e.getKey().isInstance(target)
                    && (e.getValue().contains(method.getName()) || e.getValue().contains(ALL))) {
                return true;
            }
        }
        return false;
    }
}

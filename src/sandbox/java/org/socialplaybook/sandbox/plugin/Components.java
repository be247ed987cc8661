package org.socialplaybook.sandbox.plugin;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What Spring and Atlassian Spring Scanner do for the plugin inside Confluence, in small: the plugin's
 * {@code @Named} components, REST resources, providers and macros are built once through their injectable
 * constructor; a parameter is either a product service the host registered (what {@code @ComponentImport}
 * imports) or another plugin component; {@code List<X>} gets every component that is an X.
 */
public final class Components {
    private final String rootPackage;
    private final List<Class<?>> pluginClasses;
    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final Deque<Class<?>> building = new ArrayDeque<>();

    public Components(Class<?> anchor, String rootPackage, List<String> excludedPackages) {
        this.rootPackage = rootPackage;
        this.pluginClasses = scan(anchor, rootPackage, excludedPackages);
    }

    /** A product service (or a replacement for a plugin component, e.g. a clock fixed by a test). */
    public <T> Components register(Class<T> type, T instance) {
        instances.put(type, instance);
        return this;
    }

    public List<Class<?>> pluginClasses() {
        return List.copyOf(pluginClasses);
    }

    public List<Class<?>> annotatedWith(Class<? extends java.lang.annotation.Annotation> annotation) {
        return pluginClasses.stream().filter(c -> c.isAnnotationPresent(annotation)).toList();
    }

    /** Every REST resource and JAX-RS provider of the plugin, built. */
    public List<Object> restComponents(List<String> packages) {
        List<Object> rest = new ArrayList<>();
        for (Class<?> type : pluginClasses) {
            boolean inPackage = packages.stream().anyMatch(p -> type.getName().startsWith(p + "."));
            if (inPackage && (type.isAnnotationPresent(jakarta.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class))) {
                rest.add(get(type));
            }
        }
        return rest;
    }

    public synchronized <T> T get(Class<T> type) {
        Object existing = instances.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        for (Map.Entry<Class<?>, Object> e : instances.entrySet()) {
            if (type.isAssignableFrom(e.getKey())) {
                return type.cast(e.getValue());
            }
        }
        Class<? extends T> implementation = implementationOf(type);
        if (building.contains(implementation)) {
            throw new IllegalStateException("Dependency cycle: " + building + " -> " + implementation.getName());
        }
        building.push(implementation);
        try {
            T built = construct(implementation);
            instances.put(implementation, built);
            return built;
        } finally {
            building.pop();
        }
    }

    private <T> Class<? extends T> implementationOf(Class<T> type) {
        if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            if (!type.getName().startsWith(rootPackage + ".")) {
                throw new IllegalStateException("No product service registered for " + type.getName()
                        + " (the sandbox must provide what the plugin imports)");
            }
            return type;
        }
        List<Class<?>> candidates = pluginClasses.stream()
                .filter(c -> type.isAssignableFrom(c) && c.isAnnotationPresent(Named.class)).toList();
        if (candidates.size() != 1) {
            throw new IllegalStateException("Expected one component implementing " + type.getName()
                    + ", found " + candidates + "; product services must be registered by the host");
        }
        return candidates.get(0).asSubclass(type);
    }

    private <T> T construct(Class<T> type) {
        Constructor<?> constructor = injectableConstructor(type);
        Type[] parameterTypes = constructor.getGenericParameterTypes();
        Object[] arguments = new Object[parameterTypes.length];
        for (int i = 0; i < parameterTypes.length; i++) {
            arguments[i] = resolve(parameterTypes[i]);
        }
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Building " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private Object resolve(Type parameter) {
        if (parameter instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type argument = p.getActualTypeArguments()[0];
            // List<Port<?>>: every component that is a Port, as Spring injects it
            Class<?> element = (Class<?>) (argument instanceof ParameterizedType generic ? generic.getRawType() : argument);
            List<Object> all = new ArrayList<>();
            for (Class<?> c : pluginClasses) {
                if (element.isAssignableFrom(c) && c.isAnnotationPresent(Named.class)) {
                    all.add(get(c));
                }
            }
            return all;
        }
        if (parameter instanceof ParameterizedType p) {
            return get((Class<?>) p.getRawType());
        }
        return get((Class<?>) parameter);
    }

    private static Constructor<?> injectableConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        for (Constructor<?> c : constructors) {
            if (c.isAnnotationPresent(Inject.class)) {
                return c;
            }
        }
        if (constructors.length == 1) {
            return constructors[0];
        }
        throw new IllegalStateException(type.getName() + " needs one public constructor, or one marked @Inject");
    }

    private static List<Class<?>> scan(Class<?> anchor, String rootPackage, List<String> excludedPackages) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The sandbox runs the plugin from its classes directory, not " + root);
        }
        Path packageDir = root.resolve(rootPackage.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packageDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                String className = name;
                if (excludedPackages.stream().anyMatch(p -> className.startsWith(p + "."))) {
                    continue;
                }
                Class<?> type = Class.forName(className, false, anchor.getClassLoader());
                if (!type.isAnonymousClass() && !type.isSynthetic()) {
                    classes.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}

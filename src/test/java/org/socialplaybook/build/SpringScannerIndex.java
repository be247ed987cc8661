package org.socialplaybook.build;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the Atlassian Spring Scanner index for the default build's jar, as the scanner's Maven plugin does in the
 * {@code confluence} profile: {@code META-INF/plugin-components/component} (one {@code @Named}/{@code @Component}
 * class a line, {@code class#beanName} when the annotation names the bean), {@code imports} (one
 * {@code @ComponentImport}ed type a line, {@code type#beanName} when named) and {@code exports}
 * ({@code class#interface,interface} for {@code @ExportAsService}). Format and file names as the scanner's runtime
 * reads them (its {@code CommonConstants}, {@code ClassIndexBeanDefinitionScanner},
 * {@code ComponentImportBeanFactoryPostProcessor}, {@code ServiceExporterBeanPostProcessor}: lines split at
 * {@code #}, interfaces at {@code ,}).
 *
 * <p>Run by the build ({@code prepare-package}, exec:java, test class path) over {@code target/classes};
 * {@code SpringScannerIndexTest} checks it, {@code PluginJarIT} checks the jar.
 */
public final class SpringScannerIndex {
    static final String NAMED = "jakarta.inject.Named";
    static final String SPRING_COMPONENT = "org.springframework.stereotype.Component";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";

    private SpringScannerIndex() {
    }

    /** args: the classes directory, the package prefix to index (e.g. {@code org.socialplaybook.}). */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Map<String, SortedSet<String>> index = index(classes, args[1], Thread.currentThread().getContextClassLoader());
        write(classes.resolve("META-INF/plugin-components"), index);
    }

    /** File name → its sorted lines, for the classes under {@code prefix} in {@code classes}. */
    public static Map<String, SortedSet<String>> index(Path classes, String prefix, ClassLoader loader) throws IOException {
        Map<String, SortedSet<String>> index = new TreeMap<>();
        index.put("component", new TreeSet<>());
        index.put("imports", new TreeSet<>());
        index.put("exports", new TreeSet<>());
        for (String name : classNames(classes, prefix)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + " to index it", e);
            }
            Annotation component = annotation(type.getDeclaredAnnotations(), NAMED, SPRING_COMPONENT);
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
            if (component != null && concrete) {
                index.get("component").add(withName(type.getName(), component));
            }
            Annotation export = annotation(type.getDeclaredAnnotations(), EXPORT_AS_SERVICE);
            if (export != null && concrete) {
                Class<?>[] interfaces = (Class<?>[]) value(export);
                List<String> names = new ArrayList<>();
                for (Class<?> i : interfaces) {
                    names.add(i.getName());
                }
                index.get("exports").add(type.getName() + (names.isEmpty() ? "" : "#" + String.join(",", names)));
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            executables.addAll(List.of(type.getDeclaredMethods()));
            for (Executable executable : executables) {
                for (Parameter parameter : executable.getParameters()) {
                    Annotation imported = annotation(parameter.getAnnotations(), COMPONENT_IMPORT);
                    if (imported != null) {
                        index.get("imports").add(withName(parameter.getType().getName(), imported));
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                Annotation imported = annotation(field.getAnnotations(), COMPONENT_IMPORT);
                if (imported != null) {
                    index.get("imports").add(withName(field.getType().getName(), imported));
                }
            }
        }
        index.values().removeIf(SortedSet::isEmpty);
        return index;
    }

    static void write(Path directory, Map<String, SortedSet<String>> index) throws IOException {
        Files.createDirectories(directory);
        for (String file : List.of("component", "imports", "exports")) {
            Files.deleteIfExists(directory.resolve(file));
        }
        for (Map.Entry<String, SortedSet<String>> file : index.entrySet()) {
            StringBuilder text = new StringBuilder();
            file.getValue().forEach(line -> text.append(line).append('\n'));
            Files.writeString(directory.resolve(file.getKey()), text, StandardCharsets.UTF_8);
        }
    }

    private static List<String> classNames(Path classes, String prefix) throws IOException {
        Path root = classes.resolve(prefix.replace('.', '/'));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("package-info.class"))
                    .forEach(f -> {
                        String relative = classes.relativize(f).toString().replace('\\', '/');
                        names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                    });
        }
        names.sort(null);
        return names;
    }

    private static Annotation annotation(Annotation[] annotations, String... names) {
        for (Annotation a : annotations) {
            for (String name : names) {
                if (a.annotationType().getName().equals(name)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static String withName(String type, Annotation annotation) {
        Object value = value(annotation);
        return value instanceof String name && !name.isBlank() ? type + "#" + name : type;
    }

    private static Object value(Annotation annotation) {
        try {
            Method value = annotation.annotationType().getMethod("value");
            return value.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}

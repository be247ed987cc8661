package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Rules of the codebase a reviewer would otherwise have to remember: Data Center safety (no mutable static
 * state), and domain rules kept free of Atlassian, ORM and web types.
 */
public class ArchitectureTest {
    private static final Set<Class<?>> IMMUTABLE_STATIC_TYPES = Set.of(String.class, Integer.class, Long.class,
            Boolean.class, Double.class, java.util.regex.Pattern.class, java.time.Duration.class,
            java.time.format.DateTimeFormatter.class, java.math.BigDecimal.class);

    @Test
    public void noPluginClassKeepsMutableStateInAStaticField() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : PluginClasses.all()) {
            wrong.addAll(staticStateViolations(type));
        }
        assertEquals(List.of(), wrong);
    }

    static class CachesInStatics {
        static int counter;
        static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
        static final List<String> FINE = List.of("a");
        static final String ALSO_FINE = "x";
    }

    @Test
    public void theStaticStateCheckCatchesCountersAndCaches() throws Exception {
        List<String> found = staticStateViolations(CachesInStatics.class);

        assertEquals(2, found.size());
        assertEquals(true, found.get(0).contains("counter is static and not final") || found.get(1).contains("counter"));
    }

    static List<String> staticStateViolations(Class<?> type) throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        {
            for (Field field : type.getDeclaredFields()) {
                int m = field.getModifiers();
                if (!Modifier.isStatic(m) || field.isSynthetic() || field.isEnumConstant() || field.getName().equals("$VALUES")) {
                    continue;
                }
                String name = type.getName() + "." + field.getName();
                if (!Modifier.isFinal(m)) {
                    wrong.add(name + " is static and not final");
                    continue;
                }
                Class<?> declared = field.getType();
                if (declared.isPrimitive() || IMMUTABLE_STATIC_TYPES.contains(declared) || declared.isEnum()
                        || declared.getName().equals("org.slf4j.Logger")
                        || declared.getName().equals("com.fasterxml.jackson.databind.ObjectMapper")) {
                    continue;
                }
                if (Collection.class.isAssignableFrom(declared) || Map.class.isAssignableFrom(declared) || declared.isArray()) {
                    field.setAccessible(true);
                    Object value = field.get(null);
                    String impl = value == null ? "null" : value.getClass().getName();
                    if (!impl.startsWith("java.util.ImmutableCollections") && !impl.equals("java.util.Collections$UnmodifiableSet")
                            && !impl.equals("java.util.Collections$UnmodifiableMap") && !impl.equals("java.util.Collections$UnmodifiableList")
                            && !impl.equals("java.util.Collections$UnmodifiableRandomAccessList")
                            && !impl.equals("java.util.KeyValueHolder")) {
                        wrong.add(name + " holds a mutable " + impl + " (state other cluster nodes would not see)");
                    }
                }
            }
        }
        return wrong;
    }

    @Test
    public void domainRulesUseNoAtlassianOrmOrWebTypes() {
        List<String> wrong = new ArrayList<>();
        Path root = PluginClasses.classesDirectory();
        for (Class<?> type : PluginClasses.all()) {
            String simple = type.getSimpleName();
            if (!(simple.endsWith("Rules") || simple.endsWith("Rule"))) {
                continue;
            }
            String bytes = classFileText(root.resolve(type.getName().replace('.', '/') + ".class"));
            for (String forbidden : List.of("com/atlassian/", "net/java/ao/", "jakarta/ws/rs/", "jakarta/servlet/")) {
                if (bytes.contains(forbidden)) {
                    wrong.add(type.getName() + " uses " + forbidden);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String classFileText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

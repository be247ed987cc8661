package org.socialplaybook.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The two translation files as the plugin ships them: {@code i18n/social-playbook.properties} and {@code _es}. */
public final class I18nBundles {
    public static final Path ENGLISH = Path.of("i18n/social-playbook.properties");
    public static final Path SPANISH = Path.of("i18n/social-playbook_es.properties");

    private I18nBundles() {
    }

    public static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static Set<String> keys(Path file) {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    /** Fails unless both languages have the key (for keys code builds at run time, e.g. from an enum). */
    public static void assertHasKey(String key) {
        for (Path file : new Path[] {ENGLISH, SPANISH}) {
            if (load(file).getProperty(key) == null) {
                throw new AssertionError("i18n key " + key + " is missing from " + file);
            }
        }
    }
}

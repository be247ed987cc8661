package org.socialplaybook.sandbox.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables the way Atlassian's Active Objects does: {@code AO_<6 hex of the namespace's MD5>_ENTITY_NAME},
 * upper case with underscores between words ({@code @Table} replaces the entity's simple name, not the prefix).
 */
public final class AoNaming implements TableNameConverter {
    private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z\\d])([A-Z\\d])");

    private final String prefix;
    /** Names per entity, worked out once (the ORM asks on every getter call; Atlassian's AO caches them too). */
    private final java.util.Map<Class<?>, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    public AoNaming(String namespace) {
        this.prefix = "AO_" + hash(namespace) + "_";
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return names.computeIfAbsent(entity, type -> {
            Table table = type.getAnnotation(Table.class);
            String base = table != null ? table.value() : type.getSimpleName();
            return prefix + underscore(base);
        });
    }

    public static String underscore(String camelCase) {
        return WORD_BOUNDARY.matcher(camelCase).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    }

    static String hash(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(md5);
            return hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

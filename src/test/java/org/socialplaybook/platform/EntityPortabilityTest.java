package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.SQLType;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.AoPortability;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;

/**
 * Every entity of the plugin stays inside what both Active Objects lines accept, and every one is declared in the
 * descriptor's {@code <ao>} module (or Confluence would never create its table).
 */
public class EntityPortabilityTest {

    @Test
    public void everyEntityOfThePluginIsPortable() {
        List<Class<?>> entities = pluginEntities();

        for (Class<?> entity : entities) {
            assertEquals(entity.getName(), List.of(), AoPortability.violations(entity));
        }
    }

    @Test
    public void everyEntityIsDeclaredInTheAoModuleAndEveryDeclaredOneExists() {
        Set<String> found = pluginEntities().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(found, new TreeSet<>(PluginDescriptor.load().aoEntities()));
    }

    // --- the rules themselves, fed entities that break them ---

    @Preload
    public interface GoodEntity extends Entity {
        String getName();

        @StringLength(StringLength.UNLIMITED)
        String getDescription();

        GoodEntity getParent();

        Date getCreated();

        boolean isActive();
    }

    public interface NoPreload extends Entity {
        String getName();
    }

    @Preload
    public interface AVeryLongEntityNameForATable extends Entity {
        String getName();
    }

    @Preload
    @Table("Order")
    public interface Reserved extends Entity {
        String getUser();

        String getKey();
    }

    @Preload
    public interface BadColumns extends Entity {
        String getAnExtremelyLongAttributeNameThatOverflows();

        float getRatio();

        java.math.BigDecimal getAmount();

        @SQLType(precision = 10)
        String getSized();

        @Indexed
        @StringLength(StringLength.UNLIMITED)
        String getBody();

        @StringLength(1000)
        String getTooLong();
    }

    @Preload
    @Indexes(@Index(name = "bad", methodNames = {"getBody", "getMissing"}))
    public interface BadIndex extends Entity {
        @StringLength(StringLength.UNLIMITED)
        String getBody();
    }

    @Preload
    public interface CustomKey extends RawEntity<String> {
        @net.java.ao.schema.PrimaryKey("CODE")
        String getCode();
    }

    @Test
    public void aPortableEntityHasNoViolations() {
        assertEquals(List.of(), AoPortability.violations(GoodEntity.class));
    }

    @Test
    public void anEntityWithoutPreloadIsFlagged() {
        assertFlagged(NoPreload.class, "@Preload");
    }

    @Test
    public void aTableNameTooLongForThePrefixIsFlagged() {
        assertFlagged(AVeryLongEntityNameForATable.class, "AVERY_LONG_ENTITY_NAME_FOR_ATABLE is 33 characters");
    }

    @Test
    public void reservedWordsAsTableOrColumnNamesAreFlagged() {
        assertFlagged(Reserved.class, "table name ORDER is an SQL reserved word");
        assertFlagged(Reserved.class, "column USER is an SQL reserved word");
        assertFlagged(Reserved.class, "column KEY is an SQL reserved word");
    }

    @Test
    public void longColumnsTypesOutsideTheForkAndSqlTypeAreFlagged() {
        assertFlagged(BadColumns.class, "column AN_EXTREMELY_LONG_ATTRIBUTE_NAME_THAT_OVERFLOWS is 47 characters");
        assertFlagged(BadColumns.class, "getRatio(): type float is outside the portable set");
        assertFlagged(BadColumns.class, "getAmount(): type BigDecimal is outside the portable set");
        assertFlagged(BadColumns.class, "@SQLType is not supported");
        assertFlagged(BadColumns.class, "getBody(): unlimited text cannot be indexed");
        assertFlagged(BadColumns.class, "getTooLong(): @StringLength 1000 must be 1..450");
    }

    @Test
    public void indexesOnUnlimitedTextOrUnknownMethodsAreFlagged() {
        assertFlagged(BadIndex.class, "index bad includes unlimited text getBody");
        assertFlagged(BadIndex.class, "index bad names getMissing");
    }

    @Test
    public void aCustomPrimaryKeyIsFlagged() {
        assertFlagged(CustomKey.class, "extend net.java.ao.Entity");
    }

    private static void assertFlagged(Class<?> entity, String expected) {
        List<String> violations = AoPortability.violations(entity);
        assertTrue("expected a violation containing \"" + expected + "\" in " + violations,
                violations.stream().anyMatch(v -> v.contains(expected)));
    }

    static List<Class<?>> pluginEntities() {
        return PluginClasses.all().stream()
                .filter(c -> c.isInterface() && RawEntity.class.isAssignableFrom(c))
                .toList();
    }
}

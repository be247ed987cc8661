package org.socialplaybook.sandbox.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.Query;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class EmbeddedActiveObjectsTest {
    private static final String NAMESPACE = "org.socialplaybook.social-playbook";

    public enum Mood { HAPPY, GRUMPY }

    @Preload
    @Table("Squad")
    public interface SquadEntity extends Entity {
        @NotNull
        String getName();

        void setName(String name);

        @OneToMany
        MemberEntity[] getMembers();
    }

    @Preload
    @Indexes(@Index(name = "squad_user", methodNames = {"getSquad", "getUserKey"}))
    public interface MemberEntity extends Entity {
        String getUserKey();

        void setUserKey(String userKey);

        SquadEntity getSquad();

        void setSquad(SquadEntity squad);

        @StringLength(StringLength.UNLIMITED)
        String getBio();

        void setBio(String bio);

        Mood getMood();

        void setMood(Mood mood);

        Date getJoined();

        void setJoined(Date joined);

        boolean isActive();

        void setActive(boolean active);

        long getPoints();

        void setPoints(long points);
    }

    private EmbeddedActiveObjects ao;

    /** On the database -Dsandbox.test.db picks (TestDatabase): a fresh one per test. */
    @Before
    public void setUp() throws Exception {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects(NAMESPACE);
        ao.migrate(SquadEntity.class, MemberEntity.class);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    @Test
    public void tablesAndColumnsAreNamedAsAtlassianActiveObjectsNamesThem() {
        String prefix = "AO_" + AoNaming.hash(NAMESPACE) + "_";

        assertEquals(prefix + "SQUAD", ao.tableName(SquadEntity.class));
        assertEquals(prefix + "MEMBER_ENTITY", ao.tableName(MemberEntity.class));
        assertEquals("USER_KEY", ao.columnName(AoDatabaseProvider.accessor(MemberEntity.class, "getUserKey")));
        assertEquals("SQUAD_ID", ao.columnName(AoDatabaseProvider.accessor(MemberEntity.class, "getSquad")));
        assertEquals(6, AoNaming.hash(NAMESPACE).length());
    }

    @Test
    public void entitiesRoundTripEveryPortableType() {
        SquadEntity squad = ao.create(SquadEntity.class, new DBParam("NAME", "Care"));
        String longBio = "x".repeat(20_000);
        Date joined = new Date(1_700_000_000_000L);
        MemberEntity member = ao.create(MemberEntity.class, new DBParam("USER_KEY", "u1"), new DBParam("SQUAD_ID", squad.getID()));
        member.setBio(longBio);
        member.setMood(Mood.GRUMPY);
        member.setJoined(joined);
        member.setActive(true);
        member.setPoints(9_000_000_000L);
        member.save();
        ao.flushAll();

        MemberEntity loaded = ao.get(MemberEntity.class, member.getID());

        assertEquals(longBio, loaded.getBio());
        assertEquals(Mood.GRUMPY, loaded.getMood());
        assertEquals(joined.getTime() / 1000, loaded.getJoined().getTime() / 1000);
        assertTrue(loaded.isActive());
        assertEquals(9_000_000_000L, loaded.getPoints());
        assertEquals("Care", loaded.getSquad().getName());
        assertEquals(1, ao.get(SquadEntity.class, squad.getID()).getMembers().length);
        assertEquals(1, ao.find(MemberEntity.class, Query.select().where("MOOD = ?", Mood.GRUMPY)).length);
        assertNull(ao.get(MemberEntity.class, 999));
    }

    @Test
    public void aFailureInsideATransactionRollsEverythingBack() {
        SquadEntity squad = ao.create(SquadEntity.class, new DBParam("NAME", "Before"));

        try {
            ao.executeInTransaction(() -> {
                ao.create(MemberEntity.class, new DBParam("USER_KEY", "ghost"));
                squad.setName("After");
                squad.save();
                throw new IllegalStateException("boom");
            });
            fail("the exception must reach the caller");
        } catch (IllegalStateException expected) {
            assertEquals("boom", expected.getMessage());
        }

        assertEquals(0, ao.count(MemberEntity.class));
        assertEquals("Before", ao.get(SquadEntity.class, squad.getID()).getName());
    }

    @Test
    public void anotherThreadReadingTheSameRowLeavesThisThreadsChangeAlone() throws Exception {
        SquadEntity squad = ao.create(SquadEntity.class, new DBParam("NAME", "Committed"));
        SquadEntity mine = ao.get(SquadEntity.class, squad.getID());
        mine.setName("Mine");

        List<Object> seen = new ArrayList<>();
        Thread other = new Thread(() -> {
            SquadEntity theirs = ao.get(SquadEntity.class, squad.getID());
            seen.add(theirs.getName());
            seen.add(theirs == mine);
        });
        other.start();
        other.join(10_000);
        mine.save();

        assertEquals("the other thread reads what is committed, with its own entity object", List.of("Committed", false), seen);
        try (Connection c = ao.openJdbcConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NAME FROM " + ao.tableName(SquadEntity.class))) {
            assertTrue(rs.next());
            assertEquals("Mine", rs.getString(1));
        }
    }

    @Test
    public void streamHandsOutReadOnlyRowsOfTheSelectedColumnsInOneStatement() {
        for (String user : List.of("liam", "nora", "marco")) {
            ao.create(MemberEntity.class, new DBParam("USER_KEY", user), new DBParam("MOOD", Mood.GRUMPY),
                    new DBParam("POINTS", (long) user.length()), new DBParam("ACTIVE", !user.equals("marco")),
                    new DBParam("BIO", user.repeat(2000)), new DBParam("JOINED", new Date(86_400_000L * user.length())));
        }
        List<String> read = new ArrayList<>();
        long before = ao.statements().count();

        ao.stream(MemberEntity.class, Query.select("ID, USER_KEY, MOOD, POINTS, ACTIVE")
                .where("POINTS = ? AND ACTIVE = ?", 4L, true).order("USER_KEY DESC"), m ->
                read.add(m.getUserKey() + ":" + m.getMood() + ":" + m.getPoints() + ":" + m.isActive() + ":" + (m.getID() >= 0)));

        assertEquals(List.of("nora:GRUMPY:4:true:true", "liam:GRUMPY:4:true:true"), read);
        assertEquals(1, ao.statements().count() - before);
        List<String> texts = new ArrayList<>();
        ao.stream(MemberEntity.class, Query.select("ID, USER_KEY, BIO, JOINED").where("USER_KEY = ?", "nora"),
                m -> texts.add(m.getBio().length() + " " + m.getJoined().getTime()));
        assertEquals(List.of("8000 " + 86_400_000L * 4), texts);
        List<String> everyone = new ArrayList<>();
        ao.stream(MemberEntity.class, m -> everyone.add(m.getUserKey() + ":" + m.getMood()));
        assertEquals(List.of("liam:GRUMPY", "marco:GRUMPY", "nora:GRUMPY"), everyone.stream().sorted().toList());
        ao.stream(MemberEntity.class, Query.select("ID, USER_KEY"), m -> {
            try {
                m.getBio();
                fail("a column the query did not select is not made up");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage().contains("BIO"));
            }
            try {
                m.setPoints(9);
                fail("a streamed entity is read-only");
            } catch (UnsupportedOperationException expected) {
                assertTrue(expected.getMessage().contains("read-only"));
            }
        });
    }

    @Test
    public void aCommittedTransactionKeepsAllItsWrites() {
        int created = ao.executeInTransaction(() -> {
            for (int i = 0; i < 5; i++) {
                ao.create(MemberEntity.class, new DBParam("USER_KEY", "u" + i));
            }
            return ao.count(MemberEntity.class);
        });

        assertEquals(5, created);
        assertEquals(5, ao.count(MemberEntity.class));
    }

    @Test
    public void preloadedEntitiesAreFoundInOneStatementWhateverTheirNumber() {
        for (int i = 0; i < 50; i++) {
            ao.create(MemberEntity.class, new DBParam("USER_KEY", "u" + i), new DBParam("POINTS", (long) i));
        }
        ao.flushAll();
        ao.statements().reset();

        long sum = 0;
        for (MemberEntity m : ao.find(MemberEntity.class, Query.select().order("POINTS"))) {
            sum += m.getPoints() + m.getUserKey().length();
        }

        assertEquals(1225 + 140, sum);
        assertEquals(1, ao.statements().count());
    }

    @Test
    public void deleteWithSqlRemovesOnlyMatchingRows() {
        ao.create(MemberEntity.class, new DBParam("USER_KEY", "keep"));
        ao.create(MemberEntity.class, new DBParam("USER_KEY", "drop"));

        int deleted = ao.deleteWithSQL(MemberEntity.class, "USER_KEY = ?", "drop");

        assertEquals(1, deleted);
        assertEquals("keep", ao.find(MemberEntity.class)[0].getUserKey());
    }

    @Test
    public void aFileDatabaseKeepsDataAndSchemaAcrossRestarts() throws Exception {
        org.socialplaybook.testing.TestDatabase.assumeHsqldb("the sandbox's default HSQLDB file database; PostgreSQL keeps its data anyway");
        Path dir = Files.createTempDirectory("ao-restart");
        try (EmbeddedActiveObjects first = EmbeddedActiveObjects.inDirectory(dir, NAMESPACE)) {
            first.migrate(SquadEntity.class, MemberEntity.class);
            MemberEntity m = first.create(MemberEntity.class, new DBParam("USER_KEY", "u1"));
            m.setBio("y".repeat(5_000));
            m.save();
        }

        try (EmbeddedActiveObjects second = EmbeddedActiveObjects.inDirectory(dir, NAMESPACE)) {
            second.migrate(SquadEntity.class, MemberEntity.class);

            MemberEntity[] found = second.find(MemberEntity.class);
            assertEquals(1, found.length);
            assertEquals(5_000, found[0].getBio().length());
        }
    }

    @Test
    public void declaredIndexesExistInTheDatabase() throws Exception {
        List<String> indexes = new ArrayList<>();
        try (Connection c = ao.openJdbcConnection()) {
            String table = ao.tableName(MemberEntity.class); // upper case on every database, PostgreSQL included
            ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false);
            while (rs.next()) {
                indexes.add(rs.getString("INDEX_NAME"));
            }
        }
        assertTrue(indexes.toString(), indexes.stream().anyMatch(n -> n.toUpperCase(java.util.Locale.ROOT).endsWith("_SQUAD_USER")));
    }

    @Test
    public void aRowLockHeldByAnotherTransactionIsWaitedForABoundedTimeNotForever() throws Exception {
        SquadEntity squad = ao.create(SquadEntity.class, new DBParam("NAME", "Care"));
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> ao.executeInTransaction(() -> {
            SquadEntity held = ao.get(SquadEntity.class, squad.getID());
            held.setName("Holder");
            held.save();
            locked.countDown();
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holder.start();
        assertTrue(locked.await(20, java.util.concurrent.TimeUnit.SECONDS));
        long start = System.nanoTime();
        try {
            ao.executeInTransaction(() -> {
                SquadEntity mine = ao.get(SquadEntity.class, squad.getID());
                mine.setName("Waiter");
                mine.save();
                return null;
            });
            fail("the second writer got the row lock while the first held it");
        } catch (RuntimeException e) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertTrue("waited " + waited + " ms", waited < 15_000);
            Throwable cause = e;
            while (cause != null && !(cause instanceof java.sql.SQLException)) {
                cause = cause.getCause();
            }
            assertTrue(String.valueOf(e), cause instanceof java.sql.SQLTimeoutException
                    || java.util.Set.of("55P03", "57014", "40001", "40502").contains(((java.sql.SQLException) cause).getSQLState()));
        } finally {
            release.countDown();
            holder.join(30_000);
        }
        assertEquals("Holder", ao.get(SquadEntity.class, squad.getID()).getName());
    }
}

package org.socialplaybook.sandbox.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.sandbox.cluster.SharedDatabase;
import org.socialplaybook.sandbox.confluence.Directory;

/**
 * The space's pages in Confluence storage format, kept where Confluence keeps them: in the database (the sandbox's
 * own tables {@code SANDBOX_PAGE}, one row per page with its current version, and {@code SANDBOX_PAGE_VERSION}, every
 * version's body), so every node on a shared database serves every page and sees every edit at once. The demo pages
 * come from {@code demo/pages/*.xml} the first time a database is used; pages created later (a blog post the plugin
 * publishes) get ids from one counter row, unique across nodes. Nothing is cached: each read is a query.
 * Confluence's page life cycle (copy, move, trash, restore, purge; {@code PageActions} fires the events) changes
 * the same rows: a trashed page keeps its row with {@code TRASHED = 1}, found by id, left out of {@link #all()}.
 */
public final class PageStore {
    public record StoredPage(long id, String spaceKey, String title, Long parentId, String storage, int version,
                             String lastModifiedBy, Instant lastModified, List<String> editRestrictedTo,
                             List<String> viewRestrictedTo, boolean trashed) {
    }

    /** An edit or a version from the data directory of a sandbox older than the page tables. */
    record SavedVersion(int version, String storage, String editor, Instant when) {
    }

    /** A created page from the data directory of a sandbox older than the page tables. */
    record CreatedPage(long id, String spaceKey, String title, Long parentId, String storage, String author, Instant when) {
    }

    /** Ids of created pages start here, far from the demo pages' ids. */
    static final long FIRST_CREATED_ID = 900_001;
    static final String PAGES = "SANDBOX_PAGE";
    static final String VERSIONS = "SANDBOX_PAGE_VERSION";
    static final String IDS = "SANDBOX_ID_COUNTER";
    private static final String PAGE_COUNTER = "page";
    private static final Instant DEMO_TIME = Instant.parse("2026-11-02T08:00:00Z");
    private static final String COLUMNS = "ID, SPACE_KEY, TITLE, PARENT_ID, STORAGE, VERSION, LAST_MODIFIER, LAST_MODIFIED";
    private static final String PAGE_COLUMNS = COLUMNS + ", TRASHED";
    private static final String OUTLINE_COLUMNS = "ID, SPACE_KEY, TITLE, PARENT_ID, CAST(NULL AS VARCHAR(1)) AS STORAGE, VERSION, LAST_MODIFIER, LAST_MODIFIED, TRASHED";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final SharedDatabase db;
    private final Map<Long, Directory.PageSeed> seeds = new LinkedHashMap<>();

    /**
     * Creates the page tables when missing and adds the demo pages the database does not have yet (with an edit or
     * created page found under {@code dataDirectory/pages}, from before the pages moved into the database).
     */
    public PageStore(Directory demo, Path dataDirectory, SharedDatabase db) {
        this.db = db;
        String text = db.textType();
        db.createTableIfMissing(PAGES, "ID BIGINT NOT NULL PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                + "TITLE VARCHAR(255) NOT NULL, PARENT_ID BIGINT, STORAGE " + text + ", VERSION INTEGER NOT NULL, "
                + "LAST_MODIFIER VARCHAR(255), LAST_MODIFIED BIGINT NOT NULL, TRASHED INTEGER DEFAULT 0 NOT NULL");
        db.createTableIfMissing(VERSIONS, "PAGE_ID BIGINT NOT NULL, VERSION INTEGER NOT NULL, STORAGE " + text + ", "
                + "MODIFIER VARCHAR(255), MODIFIED BIGINT NOT NULL, PRIMARY KEY (PAGE_ID, VERSION)");
        db.createTableIfMissing(IDS, "NAME VARCHAR(64) NOT NULL PRIMARY KEY, NEXT_ID BIGINT NOT NULL");
        insertIgnoringDuplicate("INSERT INTO " + IDS + " (NAME, NEXT_ID) VALUES (?, ?)", PAGE_COUNTER, FIRST_CREATED_ID);
        Path legacy = dataDirectory.resolve("pages");
        for (Directory.PageSeed seed : demo.pages()) {
            seeds.put(seed.id(), seed);
            if (find(seed.id()).isEmpty()) {
                SavedVersion saved = readSaved(legacy, seed.id());
                insertPage(seed.id(), seed.spaceKey(), seed.title(), seed.parentId(),
                        saved != null ? saved.storage() : readSeed(seed.file()), saved != null ? saved.version() : 1,
                        saved != null ? saved.editor() : null, saved != null ? saved.when() : DEMO_TIME);
            }
        }
        importCreated(legacy);
    }

    /**
     * Adds a new page to the space (what Confluence does when content is saved for the first time) and returns it
     * with its new id, unique across every node on the database.
     */
    public StoredPage create(String spaceKey, String title, Long parentId, String storage, String author,
                             Instant when) {
        long id = db.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE " + IDS + " SET NEXT_ID = NEXT_ID + 1 WHERE NAME = ?")) {
                up.setString(1, PAGE_COUNTER);
                up.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT NEXT_ID FROM " + IDS + " WHERE NAME = ?")) {
                q.setString(1, PAGE_COUNTER);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long next = rs.getLong(1) - 1;
                    insert(c, next, spaceKey, title, parentId, storage, 1, author, when);
                    return next;
                }
            }
        });
        return find(id).orElseThrow();
    }

    public Optional<StoredPage> find(long id) {
        List<StoredPage> found = select(PAGE_COLUMNS, " WHERE ID = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The first page in {@link #all()}'s order with this title, ignoring case (one query for just those rows). */
    public Optional<StoredPage> findByTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        return inOrder(select(PAGE_COLUMNS, " WHERE TRASHED = 0 AND LOWER(TITLE) = ? ORDER BY ID", title.toLowerCase(Locale.ROOT)))
                .stream().filter(p -> p.title().equalsIgnoreCase(title)).findFirst();
    }

    /** The pages not in the trash: the demo pages in the demo space's order, then the created ones by id. */
    public List<StoredPage> all() {
        return inOrder(select(PAGE_COLUMNS, " WHERE TRASHED = 0 ORDER BY ID"));
    }

    /**
     * {@link #all()} without the bodies ({@link StoredPage#storage()} is null): what a page tree or a sidebar needs,
     * without reading every page's body on every view.
     */
    public List<StoredPage> outline() {
        return inOrder(select(OUTLINE_COLUMNS, " WHERE TRASHED = 0 ORDER BY ID"));
    }

    private List<StoredPage> inOrder(List<StoredPage> pages) {
        Map<Long, StoredPage> byId = new LinkedHashMap<>();
        for (StoredPage p : pages) {
            byId.put(p.id(), p);
        }
        List<StoredPage> ordered = new ArrayList<>();
        for (Long id : seeds.keySet()) {
            StoredPage p = byId.remove(id);
            if (p != null) {
                ordered.add(p);
            }
        }
        ordered.addAll(byId.values());
        return ordered;
    }

    // --- the life cycle (what Confluence's page actions do; PageActions fires the events) ---

    /** A new page with the same body as {@code id} (Confluence's "Copy"), in {@code spaceKey}, titled {@code title}. */
    public StoredPage copy(long id, String spaceKey, String title, String author, Instant when) {
        StoredPage original = find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
        return create(spaceKey, title, null, original.storage(), author, when);
    }

    /** The page now belongs to {@code spaceKey} (at the top of that space: no parent). */
    public StoredPage move(long id, String spaceKey) {
        update(id, "UPDATE " + PAGES + " SET SPACE_KEY = ?, PARENT_ID = NULL WHERE ID = ?", spaceKey);
        return find(id).orElseThrow();
    }

    public void trash(long id) {
        update(id, "UPDATE " + PAGES + " SET TRASHED = 1 WHERE ID = ?");
    }

    public void restore(long id) {
        update(id, "UPDATE " + PAGES + " SET TRASHED = 0 WHERE ID = ?");
    }

    /** Removes the page for good (its versions too); returns what it was. */
    public StoredPage purge(long id) {
        StoredPage removed = find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
        db.inTransaction(c -> {
            try (PreparedStatement v = c.prepareStatement("DELETE FROM " + VERSIONS + " WHERE PAGE_ID = ?");
                 PreparedStatement p = c.prepareStatement("DELETE FROM " + PAGES + " WHERE ID = ?")) {
                v.setLong(1, id);
                v.executeUpdate();
                p.setLong(1, id);
                return p.executeUpdate();
            }
        });
        return removed;
    }

    /** The pages of a space, trashed ones included (what a space removal takes with it). */
    public List<StoredPage> inSpace(String spaceKey) {
        return select(PAGE_COLUMNS, " WHERE SPACE_KEY = ? ORDER BY ID", spaceKey);
    }

    /** {@code sql} with its parameters first and the page id last; refuses a page that does not exist. */
    private void update(long id, String sql, Object... parameters) {
        int changed = db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                s.setLong(parameters.length + 1, id);
                return s.executeUpdate();
            }
        });
        if (changed != 1) {
            throw new IllegalArgumentException("No page " + id);
        }
    }

    /** Saves a new version of the page's body and returns it. */
    public StoredPage save(long id, String storage, String editor, Instant when) {
        for (int attempt = 0; ; attempt++) {
            StoredPage current = find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
            Optional<StoredPage> saved = save(id, current.version(), storage, editor, when);
            if (saved.isPresent() || attempt >= 10) {
                return saved.orElseThrow(() -> new IllegalStateException("Page " + id + " kept changing under the save"));
            }
        }
    }

    /**
     * Saves a new version if the page is still at {@code expectedVersion} (one conditional UPDATE, so of two nodes
     * saving the same version only one succeeds); empty when someone saved first.
     */
    public Optional<StoredPage> save(long id, int expectedVersion, String storage, String editor, Instant when) {
        boolean saved = db.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE " + PAGES + " SET STORAGE = ?, VERSION = ?, "
                    + "LAST_MODIFIER = ?, LAST_MODIFIED = ? WHERE ID = ? AND VERSION = ?")) {
                setText(up, 1, storage);
                up.setInt(2, expectedVersion + 1);
                setText(up, 3, editor);
                up.setLong(4, when.toEpochMilli());
                up.setLong(5, id);
                up.setInt(6, expectedVersion);
                if (up.executeUpdate() != 1) {
                    return false;
                }
            }
            insertVersion(c, id, expectedVersion + 1, storage, editor, when);
            return true;
        });
        return saved ? find(id) : Optional.empty();
    }

    private void insertPage(long id, String spaceKey, String title, Long parentId, String storage, int version,
                            String editor, Instant when) {
        db.withConnection(c -> {
            try {
                insert(c, id, spaceKey, title, parentId, storage, version, editor, when);
            } catch (SQLException e) {
                if (!SharedDatabase.isDuplicate(e)) {
                    throw e; // another node added it at the same moment otherwise
                }
            }
            return null;
        });
    }

    private static void insert(Connection c, long id, String spaceKey, String title, Long parentId, String storage,
                               int version, String editor, Instant when) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + PAGES + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, spaceKey);
            s.setString(3, title);
            if (parentId == null) {
                s.setNull(4, Types.BIGINT);
            } else {
                s.setLong(4, parentId);
            }
            setText(s, 5, storage);
            s.setInt(6, version);
            setText(s, 7, editor);
            s.setLong(8, when.toEpochMilli());
            s.executeUpdate();
        }
        insertVersion(c, id, version, storage, editor, when);
    }

    private static void insertVersion(Connection c, long id, int version, String storage, String editor, Instant when)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO " + VERSIONS + " (PAGE_ID, VERSION, STORAGE, MODIFIER, MODIFIED) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            setText(s, 3, storage);
            setText(s, 4, editor);
            s.setLong(5, when.toEpochMilli());
            s.executeUpdate();
        }
    }

    private static void setText(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private List<StoredPage> select(String columns, String where, Object... parameters) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM " + PAGES + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                List<StoredPage> pages = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        pages.add(page(rs));
                    }
                }
                return pages;
            }
        });
    }

    private StoredPage page(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long parent = rs.getLong(4);
        Long parentId = rs.wasNull() ? null : parent;
        Directory.PageSeed seed = seeds.get(id);
        return new StoredPage(id, rs.getString(2), rs.getString(3), parentId, rs.getString(5), rs.getInt(6),
                rs.getString(7), Instant.ofEpochMilli(rs.getLong(8)),
                seed == null ? List.of() : seed.editRestrictedTo(), seed == null ? List.of() : seed.viewRestrictedTo(),
                rs.getInt(9) != 0);
    }

    private void insertIgnoringDuplicate(String sql, String name, long value) {
        db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, name);
                s.setLong(2, value);
                s.executeUpdate();
            } catch (SQLException e) {
                if (!SharedDatabase.isDuplicate(e)) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** Pages created by a sandbox older than the page tables (JSON under the data directory) move into the database. */
    private void importCreated(Path legacy) {
        Path dir = legacy.resolve("created");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                CreatedPage c = JSON.readValue(file.toFile(), CreatedPage.class);
                if (find(c.id()).isPresent()) {
                    continue;
                }
                SavedVersion saved = readSaved(legacy, c.id());
                insertPage(c.id(), c.spaceKey(), c.title(), c.parentId(), saved != null ? saved.storage() : c.storage(),
                        saved != null ? saved.version() : 1, saved != null ? saved.editor() : c.author(),
                        saved != null ? saved.when() : c.when());
                db.withConnection(conn -> {
                    try (PreparedStatement s = conn.prepareStatement(
                            "UPDATE " + IDS + " SET NEXT_ID = ? WHERE NAME = ? AND NEXT_ID <= ?")) {
                        s.setLong(1, c.id() + 1);
                        s.setString(2, PAGE_COUNTER);
                        s.setLong(3, c.id());
                        return s.executeUpdate();
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SavedVersion readSaved(Path legacy, long id) {
        Path file = legacy.resolve(id + ".json");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), SavedVersion.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readSeed(String file) {
        String resource = "demo/pages/" + file;
        try (InputStream in = PageStore.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo page " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

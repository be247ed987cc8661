package org.socialplaybook.sandbox.confluence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.sandbox.cluster.SharedDatabase;

/**
 * The spaces created in the sandbox ("Create space from blueprint"), kept where Confluence keeps its spaces: in the
 * database, in the sandbox's own tables {@code SANDBOX_SPACE} (key, name, description, creator's user key, when) and
 * {@code SANDBOX_SPACE_PERMISSION} (one row per user key and space: VIEW, EDIT or ADMIN), created when missing. By
 * user key, as Confluence's space permissions are: a rename keeps them; {@link Directory} gives an erased user none.
 * Nothing is cached: each read is a query, so every node on the database sees a space the moment it is created.
 */
final class CreatedSpaces {
    static final String SPACES = "SANDBOX_SPACE";
    static final String PERMISSIONS = "SANDBOX_SPACE_PERMISSION";

    private final SharedDatabase db;

    CreatedSpaces(SharedDatabase db) {
        this.db = db;
        String text = db.textType();
        db.createTableIfMissing(SPACES, "SPACE_KEY VARCHAR(255) NOT NULL PRIMARY KEY, NAME VARCHAR(255) NOT NULL, "
                + "DESCRIPTION " + text + ", CREATOR_KEY VARCHAR(64), CREATED BIGINT NOT NULL");
        db.createTableIfMissing(PERMISSIONS, "SPACE_KEY VARCHAR(255) NOT NULL, USER_KEY VARCHAR(64) NOT NULL, "
                + "ACCESS_LEVEL VARCHAR(16) NOT NULL, PRIMARY KEY (SPACE_KEY, USER_KEY)");
    }

    /** Adds the space and its permissions in one transaction; false when a space with that key exists already. */
    boolean add(String key, String name, String description, String creatorKey, Map<String, Directory.Access> byUserKey) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + SPACES
                        + " (SPACE_KEY, NAME, DESCRIPTION, CREATOR_KEY, CREATED) VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, key);
                    s.setString(2, name);
                    s.setString(3, description == null ? "" : description);
                    s.setString(4, creatorKey);
                    s.setLong(5, System.currentTimeMillis());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + PERMISSIONS
                        + " (SPACE_KEY, USER_KEY, ACCESS_LEVEL) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, Directory.Access> e : byUserKey.entrySet()) {
                        if (e.getValue() == Directory.Access.NONE) {
                            continue;
                        }
                        s.setString(1, key);
                        s.setString(2, e.getKey());
                        s.setString(3, e.getValue().name());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return true;
            });
        } catch (SharedDatabase.SharedDatabaseException e) {
            if (e.getCause() instanceof SQLException sql && SharedDatabase.isDuplicate(sql)) {
                return false; // created by someone else meanwhile (this node or another one)
            }
            throw e;
        }
    }

    /** A created space has this key (ignoring case, as {@link Directory#spaceExists} does). */
    boolean exists(String key) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + SPACES + " WHERE UPPER(SPACE_KEY) = ?")) {
                s.setString(1, key.toUpperCase(Locale.ROOT));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * The access the user key has to the created space {@code key} (NONE without a row, or for an anonymous caller:
     * {@code userKey} null); empty when no space with that key was created.
     */
    Optional<Directory.Access> access(String key, String userKey) {
        return db.withConnection(c -> {
            // no qualified names (p.SPACE_KEY): on PostgreSQL the sandbox's connection quotes bare column names the
            // plugin's entities also use (QuotedNames), so the tables' columns are upper case and quoted
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT ACCESS_LEVEL FROM " + PERMISSIONS
                    + " WHERE SPACE_KEY = ? AND USER_KEY = ?) FROM " + SPACES + " WHERE SPACE_KEY = ?")) {
                s.setString(1, key);
                s.setString(2, userKey == null ? "" : userKey);
                s.setString(3, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String level = rs.getString(1);
                    return Optional.of(level == null ? Directory.Access.NONE : Directory.Access.valueOf(level));
                }
            }
        });
    }

    /** The created space with its permissions by the current usernames of active users. */
    Optional<Directory.OtherSpace> find(String key, Directory directory) {
        List<Directory.OtherSpace> found = select(" WHERE SPACE_KEY = ?", key, directory);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every created space, by key. */
    List<Directory.OtherSpace> all(Directory directory) {
        return select("", null, directory);
    }

    private List<Directory.OtherSpace> select(String where, String key, Directory directory) {
        return db.withConnection(c -> {
            Map<String, String[]> spaces = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT SPACE_KEY, NAME, DESCRIPTION FROM " + SPACES + where
                    + " ORDER BY SPACE_KEY")) {
                if (key != null) {
                    s.setString(1, key);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        spaces.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            if (spaces.isEmpty()) {
                return List.of();
            }
            Map<String, Map<String, Directory.Access>> permissions = new LinkedHashMap<>();
            spaces.keySet().forEach(k -> permissions.put(k, new LinkedHashMap<>()));
            try (PreparedStatement s = c.prepareStatement("SELECT SPACE_KEY, USER_KEY, ACCESS_LEVEL FROM " + PERMISSIONS
                    + where + " ORDER BY SPACE_KEY, USER_KEY")) {
                if (key != null) {
                    s.setString(1, key);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Directory.Access> of = permissions.get(rs.getString(1));
                        Directory.Access level = Directory.Access.valueOf(rs.getString(3));
                        if (of != null) {
                            directory.activeByKey(rs.getString(2)).ifPresent(u -> of.put(u.username(), level));
                        }
                    }
                }
            }
            List<Directory.OtherSpace> out = new ArrayList<>();
            spaces.forEach((k, v) -> out.add(new Directory.OtherSpace(k, v[0], v[1] == null ? "" : v[1], permissions.get(k))));
            return out;
        });
    }
}

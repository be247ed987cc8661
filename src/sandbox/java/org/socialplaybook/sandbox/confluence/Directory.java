package org.socialplaybook.sandbox.confluence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's users, groups, space and permissions, read from {@code demo/space.json}: a small Confluence
 * user directory plus the space permission scheme and per-page restrictions. Spaces created later ("Create space
 * from blueprint") live in the database once {@link #useDatabase} has been called ({@code SANDBOX_SPACE} and
 * {@code SANDBOX_SPACE_PERMISSION}, permissions by user key), so they survive a restart and every node on the same
 * database knows them; nothing of them is cached, each question about them is a query.
 */
public final class Directory {
    public enum Access { NONE, VIEW, EDIT, ADMIN }

    public record User(String username, String key, String fullName, String email, String title, Locale locale,
                       List<String> groups, boolean confluenceAdmin, String avatarColor) {
    }

    /** {@code spaceKey}: the demo space's key unless the page lives in one of the other spaces. */
    public record PageSeed(long id, String title, String file, Long parentId, List<String> editRestrictedTo,
                           List<String> viewRestrictedTo, String spaceKey) {
    }

    /** A further space beside the demo space: its own key, name and permission scheme. */
    public record OtherSpace(String key, String name, String description, Map<String, Access> permissions) {
    }

    record Json(SpaceJson space, List<UserJson> users, Map<String, String> spacePermissions, List<PageJson> pages,
                List<OtherSpaceJson> otherSpaces) {
    }

    record OtherSpaceJson(String key, String name, String description, Map<String, String> permissions) {
    }

    record SpaceJson(String key, String name, String description) {
    }

    record UserJson(String username, String fullName, String email, String title, String locale,
                    List<String> groups, boolean confluenceAdmin, String avatarColor) {
    }

    record PageJson(long id, String title, String file, Long parentId, List<String> editRestrictedTo,
                    List<String> viewRestrictedTo, String spaceKey) {
    }

    private final String spaceKey;
    private final String spaceName;
    private final String spaceDescription;
    private final Map<String, User> usersByName = new LinkedHashMap<>();
    private final Map<String, User> usersByKey = new LinkedHashMap<>();
    private final Map<String, Access> spaceAccess = new LinkedHashMap<>();
    private final List<PageSeed> pages = new ArrayList<>();
    private final Map<String, OtherSpace> otherSpaces = new LinkedHashMap<>();
    /** The created spaces, when the directory has a database (null: kept in memory with the file's spaces). */
    private volatile CreatedSpaces created;

    private Directory(Json json) {
        this.spaceKey = json.space().key();
        this.spaceName = json.space().name();
        this.spaceDescription = json.space().description();
        for (UserJson u : json.users()) {
            User user = new User(u.username(), keyFor(u.username()), u.fullName(), u.email(), u.title(),
                    Locale.forLanguageTag(u.locale() == null ? "en" : u.locale()), List.copyOf(u.groups()),
                    u.confluenceAdmin(), u.avatarColor() == null ? "#0052cc" : u.avatarColor());
            usersByName.put(user.username(), user);
            usersByKey.put(user.key(), user);
        }
        json.spacePermissions().forEach((username, access) -> spaceAccess.put(username, Access.valueOf(access)));
        for (PageJson p : json.pages()) {
            pages.add(new PageSeed(p.id(), p.title(), p.file(), p.parentId(),
                    p.editRestrictedTo() == null ? List.of() : List.copyOf(p.editRestrictedTo()),
                    p.viewRestrictedTo() == null ? List.of() : List.copyOf(p.viewRestrictedTo()),
                    p.spaceKey() == null ? spaceKey : p.spaceKey()));
        }
        for (OtherSpaceJson o : json.otherSpaces() == null ? List.<OtherSpaceJson>of() : json.otherSpaces()) {
            Map<String, Access> permissions = new LinkedHashMap<>();
            o.permissions().forEach((username, access) -> permissions.put(username, Access.valueOf(access)));
            otherSpaces.put(o.key(), new OtherSpace(o.key(), o.name(), o.description(), permissions));
        }
    }

    public static Directory load(String resource) {
        try (InputStream in = Directory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing sandbox resource " + resource);
            }
            ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            return new Directory(mapper.readValue(in, Json.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Confluence user keys are opaque 32-hex strings; the sandbox derives them from the username. */
    static String keyFor(String username) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("sandbox:" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String spaceKey() {
        return spaceKey;
    }

    /**
     * Keeps the spaces created from now on in {@code db} and answers for those created before (on this node or
     * another one on the same database), creating the tables when missing.
     */
    public void useDatabase(org.socialplaybook.sandbox.cluster.SharedDatabase db) {
        this.created = new CreatedSpaces(db);
    }

    /** The user whose key this is, if the account is still active (an erased one has no access anywhere). */
    Optional<User> activeByKey(String key) {
        return byKey(key).filter(u -> usersByName.get(u.username()) == u);
    }

    /** The demo space or one of the spaces declared in {@code space.json}. */
    private boolean fileSpace(String key) {
        return key.equalsIgnoreCase(spaceKey) || otherSpaces.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key));
    }

    /**
     * Confluence's user rename: a new username (and display name), the same user key. Kept in memory: a restart
     * reads {@code space.json} again.
     */
    public synchronized void rename(String username, String newUsername, String newFullName) {
        User old = byUsername(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        User renamed = new User(newUsername, old.key(), newFullName, old.email(), old.title(), old.locale(),
                old.groups(), old.confluenceAdmin(), old.avatarColor());
        usersByName.remove(username);
        usersByName.put(newUsername, renamed);
        usersByKey.put(old.key(), renamed);
        Access access = spaceAccess.remove(username);
        if (access != null) {
            spaceAccess.put(newUsername, access);
        }
        for (OtherSpace other : otherSpaces.values()) {
            Access there = other.permissions().remove(username);
            if (there != null) {
                other.permissions().put(newUsername, there);
            }
        }
    }

    /**
     * The language a user chose in their Confluence profile (Settings, Language). Kept in memory like a rename: a
     * restart reads {@code space.json} again.
     */
    public synchronized void changeLanguage(String username, Locale locale) {
        User old = byUsername(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        User changed = new User(old.username(), old.key(), old.fullName(), old.email(), old.title(), locale,
                old.groups(), old.confluenceAdmin(), old.avatarColor());
        usersByName.put(username, changed);
        usersByKey.put(old.key(), changed);
    }

    /**
     * Confluence's user deletion with erasure: the key stays (content keeps pointing at it), the username, name and
     * e-mail are replaced, the account loses its access.
     */
    public synchronized void erase(String key) {
        User old = byKey(key).orElseThrow(() -> new IllegalArgumentException("No demo user with key " + key));
        User erased = new User("deleted-" + key.substring(0, 8), key, "Unknown user", "", "", old.locale(),
                List.of(), false, "#6b778c");
        usersByName.remove(old.username());
        spaceAccess.remove(old.username());
        otherSpaces.values().forEach(other -> other.permissions().remove(old.username()));
        usersByKey.put(key, erased);
    }

    /**
     * Confluence's "Create space": a further space with the demo space's permission scheme, its creator its admin
     * (Confluence gives the creator every space permission). With a database (the sandbox always has one) the space
     * and its permissions are rows there, by user key (a rename keeps them, an erased user has none), so a restart
     * or another node knows the space; without one (unit tests of the directory alone) it is kept in memory.
     */
    public OtherSpace addSpace(String key, String name, String description, User creator) {
        CreatedSpaces db = created;
        synchronized (this) {
            if (spaceExists(key)) {
                throw new IllegalArgumentException("Space " + key + " exists");
            }
            if (db == null) {
                Map<String, Access> permissions = new LinkedHashMap<>(spaceAccess);
                permissions.put(creator.username(), Access.ADMIN);
                OtherSpace space = new OtherSpace(key, name, description, permissions);
                otherSpaces.put(key, space);
                return space;
            }
        }
        Map<String, Access> byKey = new LinkedHashMap<>();
        spaceAccess.forEach((username, access) -> byUsername(username).ifPresent(u -> byKey.put(u.key(), access)));
        byKey.put(creator.key(), Access.ADMIN);
        if (!db.add(key, name, description, creator.key(), byKey)) {
            throw new IllegalArgumentException("Space " + key + " exists");
        }
        return otherSpace(key).orElseThrow();
    }

    /** The demo space or one of the other spaces has this key (ignoring case, as Confluence's keys are upper case). */
    public boolean spaceExists(String key) {
        if (key == null) {
            return false;
        }
        synchronized (this) {
            if (fileSpace(key)) {
                return true;
            }
        }
        CreatedSpaces db = created;
        return db != null && db.exists(key);
    }

    public String spaceName() {
        return spaceName;
    }

    public String spaceDescription() {
        return spaceDescription;
    }

    public List<User> users() {
        return List.copyOf(usersByName.values());
    }

    public Optional<User> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : usersByName.get(username));
    }

    public Optional<User> byKey(String key) {
        return Optional.ofNullable(key == null ? null : usersByKey.get(key));
    }

    public List<PageSeed> pages() {
        return List.copyOf(pages);
    }

    /** The other spaces beside the demo space: the file's, in its order, then the created ones by key. */
    public List<OtherSpace> otherSpaces() {
        List<OtherSpace> all;
        synchronized (this) {
            all = new ArrayList<>(otherSpaces.values());
        }
        CreatedSpaces db = created;
        if (db != null) {
            all.addAll(db.all(this));
        }
        return List.copyOf(all);
    }

    public Optional<OtherSpace> otherSpace(String key) {
        if (key == null) {
            return Optional.empty();
        }
        synchronized (this) {
            OtherSpace declared = otherSpaces.get(key);
            if (declared != null || key.equalsIgnoreCase(spaceKey)) {
                return Optional.ofNullable(declared);
            }
        }
        CreatedSpaces db = created;
        return db == null ? Optional.empty() : db.find(key, this);
    }

    /**
     * A user's access to a space: one of the other spaces by its own scheme, any other key (the demo space, or a
     * page moved to a key nobody declared) by the demo space's scheme, as before there were other spaces.
     */
    public Access spaceAccess(String spaceKey, String username) {
        synchronized (this) {
            OtherSpace other = otherSpaces.get(spaceKey);
            if (other != null) {
                return username == null || byUsername(username).isEmpty() ? Access.NONE
                        : other.permissions().getOrDefault(username, Access.NONE);
            }
            if (spaceKey == null || spaceKey.equalsIgnoreCase(this.spaceKey)) {
                return spaceAccess(username);
            }
        }
        CreatedSpaces db = created;
        if (db != null) {
            Optional<User> user = byUsername(username);
            Optional<Access> access = db.access(spaceKey, user.map(User::key).orElse(null));
            if (access.isPresent()) {
                return user.isEmpty() ? Access.NONE : access.get();
            }
        }
        return spaceAccess(username);
    }

    public Access spaceAccess(String username) {
        if (username == null) {
            return Access.NONE;
        }
        return spaceAccess.getOrDefault(username, Access.NONE);
    }

    public List<String> groupMembers(String group) {
        List<String> members = new ArrayList<>();
        for (User user : usersByName.values()) {
            if (user.groups().contains(group)) {
                members.add(user.username());
            }
        }
        return members;
    }

    public boolean groupExists(String group) {
        return usersByName.values().stream().anyMatch(u -> u.groups().contains(group));
    }
}

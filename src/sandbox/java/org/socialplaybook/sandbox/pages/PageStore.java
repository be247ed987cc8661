package org.socialplaybook.sandbox.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.socialplaybook.sandbox.confluence.Directory;

/**
 * The demo space's pages in Confluence storage format. Seeds come from {@code demo/pages/*.xml}; every save is a
 * new version written under the data directory, so edits survive restarts like a real page history.
 */
public final class PageStore {
    public record StoredPage(long id, String spaceKey, String title, Long parentId, String storage, int version,
                             String lastModifiedBy, Instant lastModified, List<String> editRestrictedTo,
                             List<String> viewRestrictedTo) {
        StoredPage withNewVersion(String newStorage, String editor, Instant when) {
            return new StoredPage(id, spaceKey, title, parentId, newStorage, version + 1, editor, when,
                    editRestrictedTo, viewRestrictedTo);
        }
    }

    record SavedVersion(int version, String storage, String editor, Instant when) {
    }

    /** A page created while the sandbox ran (e.g. a blog post the plugin published), kept under the data directory. */
    record CreatedPage(long id, String spaceKey, String title, Long parentId, String storage, String author, Instant when) {
    }

    /** Ids of created pages start here, far from the demo pages' ids. */
    static final long FIRST_CREATED_ID = 900_001;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path directory;
    private final Map<Long, StoredPage> pages = new ConcurrentHashMap<>();
    private final List<Long> order = new ArrayList<>();
    /** Pages in the trash: still found by id (as Confluence's getAbstractPage finds them), left out of {@link #all()}. */
    private final java.util.Set<Long> trashed = ConcurrentHashMap.newKeySet();

    public PageStore(Directory demo, Path dataDirectory) {
        this.directory = dataDirectory.resolve("pages");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Directory.PageSeed seed : demo.pages()) {
            StoredPage page = new StoredPage(seed.id(), demo.spaceKey(), seed.title(), seed.parentId(),
                    readSeed(seed.file()), 1, null, Instant.parse("2026-11-02T08:00:00Z"),
                    seed.editRestrictedTo(), seed.viewRestrictedTo());
            SavedVersion saved = readSaved(seed.id());
            if (saved != null) {
                page = new StoredPage(page.id(), page.spaceKey(), page.title(), page.parentId(), saved.storage(),
                        saved.version(), saved.editor(), saved.when(), page.editRestrictedTo(), page.viewRestrictedTo());
            }
            pages.put(page.id(), page);
            order.add(page.id());
        }
        loadCreated();
    }

    /**
     * Adds a new page to the space (what Confluence does when content is saved for the first time) and returns it
     * with its new id; it is written under the data directory, so it survives restarts like the edits.
     */
    public synchronized StoredPage create(String spaceKey, String title, Long parentId, String storage, String author,
                                          Instant when) {
        long id = Math.max(FIRST_CREATED_ID, pages.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1);
        CreatedPage created = new CreatedPage(id, spaceKey, title, parentId, storage, author, when);
        Path dir = directory.resolve("created");
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve(id + ".json.tmp");
            Files.write(temp, JSON.writeValueAsBytes(created));
            Files.move(temp, dir.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoredPage page = new StoredPage(id, spaceKey, title, parentId, storage, 1, author, when, List.of(), List.of());
        pages.put(id, page);
        order.add(id);
        return page;
    }

    private void loadCreated() {
        Path dir = directory.resolve("created");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                CreatedPage c = JSON.readValue(file.toFile(), CreatedPage.class);
                StoredPage page = new StoredPage(c.id(), c.spaceKey(), c.title(), c.parentId(), c.storage(), 1,
                        c.author(), c.when(), List.of(), List.of());
                SavedVersion saved = readSaved(c.id());
                if (saved != null) {
                    page = new StoredPage(c.id(), c.spaceKey(), c.title(), c.parentId(), saved.storage(),
                            saved.version(), saved.editor(), saved.when(), List.of(), List.of());
                }
                pages.put(page.id(), page);
                order.add(page.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StoredPage> find(long id) {
        return Optional.ofNullable(pages.get(id));
    }

    public Optional<StoredPage> findByTitle(String title) {
        return pages.values().stream().filter(p -> p.title().equalsIgnoreCase(title)).findFirst();
    }

    /** The pages not in the trash, in the space's order. */
    public List<StoredPage> all() {
        return order.stream().filter(id -> !trashed.contains(id)).map(pages::get).toList();
    }

    // --- the life cycle (what Confluence's page actions do; PageActions fires the events) ---

    /** A new page with the same body as {@code id} (Confluence's "Copy"), in {@code spaceKey}, titled {@code title}. */
    public synchronized StoredPage copy(long id, String spaceKey, String title, String author, Instant when) {
        StoredPage original = find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
        return create(spaceKey, title, null, original.storage(), author, when);
    }

    /** The page now belongs to {@code spaceKey} (kept in memory: a restart brings the page back to its seed space). */
    public synchronized StoredPage move(long id, String spaceKey) {
        StoredPage p = find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
        StoredPage moved = new StoredPage(p.id(), spaceKey, p.title(), null, p.storage(), p.version(),
                p.lastModifiedBy(), p.lastModified(), p.editRestrictedTo(), p.viewRestrictedTo());
        pages.put(id, moved);
        return moved;
    }

    public synchronized void trash(long id) {
        find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
        trashed.add(id);
    }

    public synchronized void restore(long id) {
        trashed.remove(id);
    }

    public boolean isTrashed(long id) {
        return trashed.contains(id);
    }

    /** Removes the page for good (its saved versions too); returns what it was. */
    public synchronized StoredPage purge(long id) {
        StoredPage removed = pages.remove(id);
        if (removed == null) {
            throw new IllegalArgumentException("No page " + id);
        }
        order.remove(Long.valueOf(id));
        trashed.remove(id);
        try {
            Files.deleteIfExists(directory.resolve(id + ".json"));
            Files.deleteIfExists(directory.resolve("created").resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** The pages of a space, trashed ones included (what a space removal takes with it). */
    public List<StoredPage> inSpace(String spaceKey) {
        return order.stream().map(pages::get).filter(p -> p.spaceKey().equals(spaceKey)).toList();
    }

    /** Saves a new version of the page's body and returns it. */
    public synchronized StoredPage save(long id, String storage, String editor, Instant when) {
        StoredPage current = find(id).orElseThrow(() -> new IllegalArgumentException("No page " + id));
        StoredPage next = current.withNewVersion(storage, editor, when);
        Path file = directory.resolve(id + ".json");
        Path temp = directory.resolve(id + ".json.tmp");
        try {
            Files.write(temp, JSON.writeValueAsBytes(new SavedVersion(next.version(), storage, editor, when)));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.put(id, next);
        return next;
    }

    private SavedVersion readSaved(long id) {
        Path file = directory.resolve(id + ".json");
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

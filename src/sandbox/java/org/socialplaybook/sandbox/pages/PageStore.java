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

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path directory;
    private final Map<Long, StoredPage> pages = new ConcurrentHashMap<>();
    private final List<Long> order = new ArrayList<>();

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
    }

    public Optional<StoredPage> find(long id) {
        return Optional.ofNullable(pages.get(id));
    }

    public Optional<StoredPage> findByTitle(String title) {
        return pages.values().stream().filter(p -> p.title().equalsIgnoreCase(title)).findFirst();
    }

    public List<StoredPage> all() {
        return order.stream().map(pages::get).toList();
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

package org.socialplaybook.transfer;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.Json;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceDataPort;
import org.socialplaybook.platform.SpaceDataPort.PageLink;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;

/**
 * Export and import of a space's playbook data (every capability's {@link SpaceDataPort}) as one JSON document.
 * Space admins only, on both the source and the target space. An import is previewed first; it runs only when the
 * preview has no error, in one transaction across every capability, so nothing is ever half imported.
 */
@Named
public class TransferService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TransferService.class);
    /** The largest document accepted (characters). */
    public static final int MAX_CHARS = 10 * 1024 * 1024;

    private final List<SpaceDataPort<?>> ports;
    private final TransferStore store;
    private final PageAccess access;
    private final PageManager pages;
    private final People people;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final Views views;

    @Inject
    public TransferService(List<SpaceDataPort<?>> ports, TransferStore store, PageAccess access,
                           @ComponentImport PageManager pages, People people, CurrentUser currentUser,
                           TimeSource time, Views views) {
        this.ports = List.copyOf(ports);
        this.store = store;
        this.access = access;
        this.pages = pages;
        this.people = people;
        this.currentUser = currentUser;
        this.time = time;
        this.views = views;
    }

    /** The space's data as the JSON document (pretty-printed, so errors name useful lines). */
    public String export(String spaceKey) {
        access.requireSpaceAdmin(spaceKey);
        Map<String, List<?>> capabilities = new LinkedHashMap<>();
        SpaceDataPort.TransferPages links = id -> {
            var page = pages.getAbstractPage(id);
            return new PageLink(id, page == null ? null : page.getTitle());
        };
        for (SpaceDataPort<?> port : ports) {
            capabilities.put(port.capability(), port.export(spaceKey, links));
        }
        TransferDocument document = new TransferDocument(TransferDocument.FORMAT, TransferDocument.VERSION,
                time.now(), spaceKey, capabilities);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Export not serialisable", e);
        }
    }

    public TransferPreview preview(String spaceKey, String document) {
        access.requireSpaceAdmin(spaceKey);
        return check(spaceKey, document).preview();
    }

    /** Imports the document into the space, or refuses it (400 naming the first error's line and field). */
    public TransferPreview importDocument(String spaceKey, String document) {
        access.requireSpaceAdmin(spaceKey);
        Checked checked = check(spaceKey, document);
        TransferPreview preview = checked.preview();
        List<TransferPreview.Issue> refusing = new ArrayList<>(preview.errors());
        refusing.addAll(preview.collisions());
        if (!refusing.isEmpty()) {
            TransferPreview.Issue first = refusing.get(0);
            throw PlaybookException.invalidField(first.field(), "social-playbook.transfer.error.refused",
                    refusing.size(), first.text());
        }
        Instant now = time.now();
        String userKey = currentUser.requireKey();
        Map<String, Long> importedIds = new java.util.HashMap<>();
        SpaceDataPort.TransferTarget target = new SpaceDataPort.TransferTarget() {
            @Override
            public String spaceKey() {
                return spaceKey;
            }

            @Override
            public long pageId(PageLink link) {
                return checked.page(link).orElseThrow(() -> new IllegalStateException("Unchecked page " + link));
            }

            @Override
            public Instant now() {
                return now;
            }

            @Override
            public String userKey() {
                return userKey;
            }

            @Override
            public void imported(String reference, long newId) {
                importedIds.put(reference, newId);
            }

            @Override
            public java.util.OptionalLong importedId(String reference) {
                Long id = importedIds.get(reference);
                return id == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(id);
            }
        };
        store.transaction(() -> {
            for (TransferReader.Item item : checked.result.items()) {
                importItem(item.port(), item.value(), target);
            }
            for (TransferReader.Item item : checked.result.items()) {
                importLinks(item.port(), item.value(), target);
            }
            return null;
        });
        for (TransferReader.Item item : checked.result.items()) {
            try {
                afterImport(item.port(), item.value(), target);
            } catch (RuntimeException e) {
                LOG.error("After importing {} into space {}", item.path(), spaceKey, e);
            }
        }
        return preview;
    }

    @SuppressWarnings("unchecked")
    private static <T> void afterImport(SpaceDataPort<T> port, Object value, SpaceDataPort.TransferTarget target) {
        port.afterImport((T) value, target);
    }

    @SuppressWarnings("unchecked")
    private static <T> void importItem(SpaceDataPort<T> port, Object value, SpaceDataPort.TransferTarget target) {
        port.importItem((T) value, target);
    }

    @SuppressWarnings("unchecked")
    private static <T> void importLinks(SpaceDataPort<T> port, Object value, SpaceDataPort.TransferTarget target) {
        port.importLinks((T) value, target);
    }

    @SuppressWarnings("unchecked")
    private static <T> void checkItem(SpaceDataPort<T> port, Object value, SpaceDataPort.TransferCheck check) {
        port.check((T) value, check);
    }

    private Checked check(String spaceKey, String document) {
        if (document == null || document.isBlank()) {
            throw PlaybookException.invalid("social-playbook.transfer.error.empty");
        }
        if (document.length() > MAX_CHARS) {
            throw PlaybookException.invalid("social-playbook.transfer.error.too-large", MAX_CHARS / (1024 * 1024));
        }
        TransferReader.Result result = new TransferReader(ports).read(document);
        Checked checked = new Checked(spaceKey, result);
        for (TransferReader.Problem p : result.problems()) {
            checked.errors.add(checked.issue(p.line(), p.field(), p.key(), p.arguments()));
        }
        if (checked.errors.isEmpty()) {
            for (TransferReader.Item item : result.items()) {
                checked.current = item;
                checkItem(item.port(), item.value(), checked);
            }
            checked.unresolved();
        }
        return checked;
    }

    /** The preview being collected: one {@link SpaceDataPort.TransferCheck} that knows the item being checked. */
    private final class Checked implements SpaceDataPort.TransferCheck {
        final String spaceKey;
        final TransferReader.Result result;
        final Map<String, Optional<Long>> pagesByTitle = new LinkedHashMap<>();
        final Map<String, Boolean> users = new LinkedHashMap<>();
        final java.util.Set<String> claimed = new java.util.HashSet<>();
        final Map<String, Counts> counts = new LinkedHashMap<>();
        final java.util.Set<String> provided = new java.util.HashSet<>();
        final List<Reference> required = new ArrayList<>();
        final List<TransferPreview.Issue> collisions = new ArrayList<>();
        final List<TransferPreview.Issue> warnings = new ArrayList<>();
        final List<TransferPreview.Issue> errors = new ArrayList<>();
        TransferReader.Item current;

        Checked(String spaceKey, TransferReader.Result result) {
            this.spaceKey = spaceKey;
            this.result = result;
            for (SpaceDataPort<?> port : ports) {
                counts.put(port.capability(), new Counts());
            }
        }

        TransferPreview.Issue issue(int line, String field, String key, Serializable... arguments) {
            String message = views.text(key, arguments);
            String text = line > 0 ? views.text("social-playbook.transfer.issue", line, field, message)
                    : views.text("social-playbook.transfer.issue-no-line", field, message);
            return new TransferPreview.Issue(line, field, key, message, text);
        }

        private String field(String relative) {
            return relative == null || relative.isEmpty() ? current.path() : current.path() + "." + relative;
        }

        @Override
        public String targetSpace() {
            return spaceKey;
        }

        @Override
        public Optional<Long> page(PageLink link) {
            if (link == null || link.title() == null || link.title().isBlank()) {
                return Optional.empty();
            }
            return pagesByTitle.computeIfAbsent(link.title(), title -> {
                Page page = pages.getPage(spaceKey, title);
                return page == null ? Optional.empty() : Optional.of(page.getId());
            });
        }

        @Override
        public boolean requirePage(String field, PageLink link) {
            if (page(link).isPresent()) {
                return true;
            }
            if (link == null || link.title() == null || link.title().isBlank()) {
                error(field, "social-playbook.transfer.error.page-missing-title");
            } else {
                error(field, "social-playbook.transfer.error.page-not-in-target", link.title(), spaceKey);
            }
            return false;
        }

        @Override
        public boolean userExists(String userKey) {
            return userKey != null && users.computeIfAbsent(userKey, people::exists);
        }

        @Override
        public void unknownUser(String field, String userKey) {
            warnings.add(issue(current.line(), field(field), "social-playbook.transfer.warning.unknown-user",
                    String.valueOf(userKey)));
        }

        @Override
        public void creates(String label, int rows) {
            Counts c = counts.get(current.port().capability());
            c.items++;
            c.rows += rows;
            c.labels.add(label);
        }

        @Override
        public void collides(String field, String label) {
            collisions.add(issue(current.line(), field(field), "social-playbook.transfer.error.collision", label, spaceKey));
        }

        @Override
        public boolean unique(String field, String key) {
            if (claimed.add(current.port().capability() + "\n" + key)) {
                return true;
            }
            error(field, "social-playbook.transfer.error.duplicate", key);
            return false;
        }

        @Override
        public void provides(String reference) {
            provided.add(reference);
        }

        @Override
        public void requires(String field, String reference) {
            required.add(new Reference(current.line(), field(field), reference));
        }

        /** Every reference that no item of the document provides: a warning of the field that named it. */
        void unresolved() {
            for (Reference r : required) {
                if (!provided.contains(r.reference())) {
                    warnings.add(issue(r.line(), r.field(), "social-playbook.transfer.warning.unknown-reference", r.reference()));
                }
            }
        }

        @Override
        public void error(String field, String key, Serializable... arguments) {
            errors.add(issue(current.line(), field(field), key, arguments));
        }

        TransferPreview preview() {
            List<TransferPreview.Capability> capabilities = new ArrayList<>();
            counts.forEach((capability, c) -> capabilities.add(new TransferPreview.Capability(capability,
                    views.text("social-playbook.transfer.capability." + capability), c.items, c.rows, c.labels)));
            return new TransferPreview(result.sourceSpace(), spaceKey, capabilities, collisions, warnings, errors,
                    errors.isEmpty() && collisions.isEmpty());
        }
    }

    /** A reference an item makes ({@code field}, on {@code line}) to what another item provides. */
    private record Reference(int line, String field, String reference) {
    }

    private static final class Counts {
        int items;
        int rows;
        final List<String> labels = new ArrayList<>();
    }
}

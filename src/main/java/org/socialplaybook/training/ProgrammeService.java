package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.TrainingStore.ModuleFields;
import org.socialplaybook.training.TrainingStore.Settings;

/**
 * A programme and its modules: opened (created the first time) by the macro, read by anyone who can view its page,
 * its modules changed in view mode by whoever can edit that page. Module changes carry the programme's version
 * (a stale one is a 409 naming who changed it); each change is one transaction.
 */
@Named
public class ProgrammeService {
    public static final int MAX_MODULES = 50;
    public static final int MAX_MODULE_TITLE = 200;
    public static final int MAX_MINUTES = 1440;
    public static final int MAX_VALID_MONTHS = 120;

    private final TrainingStore store;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;
    private final ModuleLinks links;
    private final MacroSettings macroSettings;
    private final SpaceVersions versions;

    @Inject
    public ProgrammeService(TrainingStore store, PageAccess pageAccess, CurrentUser currentUser, People people,
                            TimeSource time, ModuleLinks links, MacroSettings macroSettings, SpaceVersions versions) {
        this.versions = versions;
        this.store = store;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
        this.links = links;
        this.macroSettings = macroSettings;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    // --- the macro ---

    /**
     * The programme a macro on this page shows, found by space and key or created now. On its own page the macro's
     * settings are kept with the programme when they changed (the matrix and roles are checked then).
     */
    public Programme open(MacroPage page, MacroSettings.Parsed parsed) {
        String key = TrainingStore.programmeKey(page.spaceKey(), parsed.code());
        Optional<Programme> existing = store.programmeByKey(key);
        if (existing.isEmpty()) {
            macroSettings.checkMatrix(page.spaceKey(), parsed.settings().audience());
            Programme created = create(page, parsed, key);
            versions.changed(page.spaceKey());
            return created;
        }
        Programme programme = existing.get();
        if (!pageAccess.canView(programme.pageId())) {
            throw PlaybookException.notFound("social-playbook.training.error.programme-hidden", parsed.code());
        }
        if (programme.pageId() == page.pageId() && !sameSettings(programme, parsed.settings())) {
            macroSettings.checkMatrix(page.spaceKey(), parsed.settings().audience());
            int id = programme.id();
            store.transaction(() -> {
                store.updateSettings(id, parsed.settings());
                return null;
            });
            versions.changed(page.spaceKey());
            programme = store.programme(id).orElseThrow();
        }
        return programme;
    }

    /** The programme's first modules, as the macro's {@code starter-modules} names them: required, in that order. */
    private void addStarterModules(Programme programme, List<MacroSettings.StarterModule> modules) {
        int rank = 0;
        for (MacroSettings.StarterModule m : modules) {
            store.addModule(programme.id(), new ModuleFields(m.title(), null, m.url(), null, true, null), rank++);
        }
    }

    static boolean sameSettings(Programme p, Settings s) {
        return p.title().equals(s.title()) && p.audience().equals(s.audience()) && Objects.equals(p.dueOn(), s.dueOn())
                && Objects.equals(p.dueDays(), s.dueDays()) && Objects.equals(p.trainerKey(), s.trainerKey())
                && p.teams().equals(s.teams());
    }

    private Programme create(MacroPage page, MacroSettings.Parsed parsed, String key) {
        String user = currentUser.key().orElse(null);
        try {
            return store.transaction(() -> store.programmeByKey(key).orElseGet(() -> {
                Programme created = store.createProgramme(page.spaceKey(), parsed.code(), page.pageId(),
                        parsed.settings(), user, time.now());
                addStarterModules(created, parsed.starterModules());
                return created;
            }));
        } catch (RuntimeException raced) {
            // another request created it at the same moment (the key is unique): show theirs
            return store.programmeByKey(key).orElseThrow(() -> raced);
        }
    }

    // --- access ---

    /** The programme if the caller may view its page; 404 otherwise (its existence is not revealed). */
    public Programme viewable(int programmeId) {
        Programme p = store.programme(programmeId).orElseThrow(() ->
                PlaybookException.notFound("social-playbook.training.error.programme-not-found", programmeId));
        pageAccess.requireView(p.pageId());
        return p;
    }

    /** The programme if the caller may edit its page (trainers); 401 anonymous, 403 viewers, 404 hidden. */
    public Programme editable(int programmeId) {
        Programme p = store.programme(programmeId).orElseThrow(() ->
                PlaybookException.notFound("social-playbook.training.error.programme-not-found", programmeId));
        pageAccess.requireEdit(p.pageId());
        return p;
    }

    public boolean canEdit(Programme programme) {
        return currentUser.key().isPresent() && pageAccess.canEdit(programme.pageId());
    }

    // --- modules ---

    public List<Module> modules(int programmeId) {
        return store.modules(viewable(programmeId).id());
    }

    public List<Module> addModule(int programmeId, Requests.ModuleBody body) {
        Programme p = editable(programmeId);
        ModuleFields fields = fields(p, body);
        int version = version(body.version());
        return change(p, version, () -> {
            List<Module> modules = store.modules(p.id());
            if (modules.size() >= MAX_MODULES) {
                throw PlaybookException.invalid("social-playbook.training.module.too-many", MAX_MODULES);
            }
            requireUniqueTitle(modules, fields.title(), -1);
            store.addModule(p.id(), fields, modules.stream().mapToInt(Module::rank).max().orElse(-1) + 1);
        });
    }

    public List<Module> updateModule(int programmeId, int moduleId, Requests.ModuleBody body) {
        Programme p = editable(programmeId);
        ModuleFields fields = fields(p, body);
        int version = version(body.version());
        module(p, moduleId);
        return change(p, version, () -> {
            requireUniqueTitle(store.modules(p.id()), fields.title(), moduleId);
            store.updateModule(moduleId, fields);
        });
    }

    public List<Module> deleteModule(int programmeId, int moduleId, Integer version) {
        Programme p = editable(programmeId);
        int v = version(version);
        module(p, moduleId);
        return change(p, v, () -> store.deleteModule(moduleId));
    }

    public List<Module> reorderModules(int programmeId, Requests.OrderBody body) {
        Programme p = editable(programmeId);
        int version = version(body.version());
        List<Integer> ids = body.ids() == null ? List.of() : body.ids();
        return change(p, version, () -> {
            Set<Integer> existing = new HashSet<>();
            store.modules(p.id()).forEach(m -> existing.add(m.id()));
            if (ids.size() != existing.size() || !existing.equals(new HashSet<>(ids))) {
                throw PlaybookException.invalidField("ids", "social-playbook.training.module.order-invalid");
            }
            store.reorderModules(p.id(), ids);
        });
    }

    /** The programme's version after the last change (the script sends it with the next one). */
    public int version(int programmeId) {
        return viewable(programmeId).version();
    }

    public Module module(Programme p, int moduleId) {
        return store.modules(p.id()).stream().filter(m -> m.id() == moduleId).findFirst().orElseThrow(() ->
                PlaybookException.notFound("social-playbook.training.module.not-found", moduleId));
    }

    private List<Module> change(Programme p, int version, Runnable work) {
        String user = currentUser.requireKey();
        store.transaction(() -> {
            TrainingStore.Bump bump = store.bump(p.id(), version, user, time.now());
            if (!bump.ok()) {
                Programme now = bump.programme();
                String who = now == null || now.updatedBy() == null ? "?" : people.describe(now.updatedBy()).displayName();
                if (now == null) {
                    throw PlaybookException.conflict("social-playbook.training.error.stale", who);
                }
                throw EditVersions.refusal(version, now.version(), "social-playbook.training.error.stale", who);
            }
            work.run();
            return null;
        });
        return store.modules(p.id());
    }

    private ModuleFields fields(Programme p, Requests.ModuleBody body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        String title = body.title() == null ? "" : body.title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw PlaybookException.invalidField("title", "social-playbook.training.module.title-required");
        }
        if (title.length() > MAX_MODULE_TITLE) {
            throw PlaybookException.invalidField("title", "social-playbook.training.module.title-long", MAX_MODULE_TITLE);
        }
        String url = ModuleLinks.url(body.url());
        String pageTitle = body.pageTitle() == null ? "" : body.pageTitle().strip();
        int given = (url != null ? 1 : 0) + (!pageTitle.isEmpty() ? 1 : 0) + (body.pageId() != null ? 1 : 0);
        if (given > 1) {
            throw PlaybookException.invalidField("url", "social-playbook.training.module.link-one");
        }
        Long pageId = null;
        if (!pageTitle.isEmpty()) {
            pageId = links.pageByTitle(p.spaceKey(), pageTitle);
        } else if (body.pageId() != null) {
            pageId = links.pageById(body.pageId());
        }
        Integer minutes = range(body.minutes(), 1, MAX_MINUTES, "minutes", "social-playbook.training.module.minutes-invalid");
        Integer valid = range(body.validMonths(), 1, MAX_VALID_MONTHS, "validMonths",
                "social-playbook.training.module.valid-invalid");
        boolean required = body.required() == null || body.required();
        return new ModuleFields(title, pageId, url, minutes, required, valid);
    }

    private static Integer range(Integer value, int min, int max, String field, String key) {
        if (value == null) {
            return null;
        }
        if (value < min || value > max) {
            throw PlaybookException.invalidField(field, key, (Serializable) min, max);
        }
        return value;
    }

    private static void requireUniqueTitle(List<Module> modules, String title, int exceptId) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (Module m : modules) {
            if (m.id() != exceptId && m.title().toLowerCase(Locale.ROOT).equals(lower)) {
                throw PlaybookException.invalidField("title", "social-playbook.training.module.title-taken", title);
            }
        }
    }

    static int version(Integer version) {
        if (version == null) {
            throw PlaybookException.invalidField("version", "social-playbook.training.error.version-required");
        }
        return version;
    }

    /** Module ids of the programme, checked: each must be one of its modules. */
    public List<Module> modulesByIds(Programme p, List<Integer> ids) {
        List<Module> all = store.modules(p.id());
        List<Module> picked = new ArrayList<>();
        for (Integer id : ids) {
            Module m = all.stream().filter(x -> id != null && x.id() == id).findFirst().orElseThrow(() ->
                    PlaybookException.invalidField("moduleIds", "social-playbook.training.module.not-found", id));
            if (!picked.contains(m)) {
                picked.add(m);
            }
        }
        return picked;
    }
}

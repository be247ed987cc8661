package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Proposal;
import org.socialplaybook.roles.Model.ProposalState;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.RaciTableParser.SeedRow;
import org.socialplaybook.roles.RaciTableParser.SeedTable;

/**
 * Everything that changes a role matrix, with its checks: who may (view for reading and offering to own, page edit
 * for changes, the proposer for withdrawing), what is valid (a 400 with a translated key otherwise, nothing
 * changed), optimistic locking (a stale version is a 409 naming who changed it), one transaction per change.
 */
@Named
public class RoleMatrixService {
    public static final int MAX_ROLES = 150;
    public static final int MAX_ACTIVITIES = 1000;
    static final String PREFIX = "social-playbook.roles.";

    private final RoleMatrixStore store;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;
    private final SpaceVersions versions;

    @Inject
    public RoleMatrixService(RoleMatrixStore store, PageAccess pageAccess, CurrentUser currentUser, People people,
                             TimeSource time, SpaceVersions versions) {
        this.versions = versions;
        this.store = store;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
    }

    // --- the macro ---

    /**
     * The matrix a macro on this page shows: found by space and name, or created now (seeded from the body's table
     * when it has one). On its own page the macro's overload parameter is kept with the matrix.
     */
    public MatrixData open(MacroPage page, String name, Integer overloadLimit, String bodyHtml) {
        String clean = Names.clean(name == null ? "" : name);
        if (clean.isEmpty()) {
            throw PlaybookException.invalidField("name", "social-playbook.roles.macro.name-required");
        }
        if (clean.length() > Names.MAX_NAME) {
            throw PlaybookException.invalidField("name", "social-playbook.roles.macro.name-long", Names.MAX_NAME);
        }
        if (overloadLimit != null && overloadLimit < 1) {
            throw PlaybookException.invalidField("overload", "social-playbook.roles.macro.overload-invalid");
        }
        String key = Names.matrixKey(page.spaceKey(), clean);
        Optional<Matrix> existing = store.matrixByKey(key);
        Matrix matrix;
        if (existing.isEmpty()) {
            matrix = create(page, clean, overloadLimit, bodyHtml, key);
            versions.changed(page.spaceKey());
        } else {
            matrix = existing.get();
            if (!pageAccess.canView(matrix.pageId())) {
                throw PlaybookException.notFound("social-playbook.roles.error.matrix-hidden", clean);
            }
            if (matrix.pageId() == page.pageId() && !Objects.equals(matrix.overloadLimit(), overloadLimit)) {
                int id = matrix.id();
                store.transaction(() -> {
                    store.setOverloadLimit(id, overloadLimit);
                    return null;
                });
                versions.changed(page.spaceKey());
                matrix = store.matrix(id).orElseThrow();
            }
        }
        return store.load(matrix);
    }

    private Matrix create(MacroPage page, String name, Integer overloadLimit, String bodyHtml, String key) {
        String user = currentUser.key().orElse(null);
        Optional<SeedTable> seed = RaciTableParser.parse(bodyHtml);
        try {
            return store.transaction(() -> {
                if (store.matrixExists(key)) {
                    return store.matrixByKey(key).orElseThrow();
                }
                Matrix m = store.createMatrix(page.spaceKey(), name, page.pageId(), overloadLimit, user, time.now());
                seed.ifPresent(table -> seed(m, table));
                store.logChange(m, ChangeNote.of(ChangeNote.Kind.MATRIX_CREATED), user, time.now());
                return store.matrix(m.id()).orElseThrow();
            });
        } catch (RuntimeException raced) {
            // another request created it at the same moment (the key is unique): show theirs
            return store.matrixByKey(key).orElseThrow(() -> raced);
        }
    }

    private void seed(Matrix m, SeedTable table) {
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < table.roles().size(); i++) {
            roles.add(store.addRole(m, table.roles().get(i), i));
        }
        List<Cell> cells = new ArrayList<>();
        int rank = 0;
        for (SeedRow row : table.rows()) {
            Activity a = store.addActivity(m.id(), row.activity(), row.phase(), rank++);
            for (int i = 0; i < roles.size(); i++) {
                cells.add(new Cell(roles.get(i).id(), a.id(), row.letters().get(i)));
            }
        }
        store.addCells(m.id(), cells);
        store.markSeeded(m.id());
    }

    // --- reading ---

    public Matrix viewable(int matrixId) {
        Matrix m = store.matrix(matrixId).orElseThrow(() -> PlaybookException.notFound("social-playbook.roles.error.matrix-not-found", matrixId));
        pageAccess.requireView(m.pageId());
        return m;
    }

    public MatrixData view(int matrixId) {
        return store.load(viewable(matrixId));
    }

    public boolean canEdit(Matrix matrix) {
        return currentUser.key().isPresent() && pageAccess.canEdit(matrix.pageId());
    }

    // --- roles ---

    public MatrixData addRole(int matrixId, Requests.RoleBody body) {
        Matrix m = editable(matrixId);
        String name = roleName(body.name());
        int version = version(body.version());
        return change(m, version, ChangeNote.of(ChangeNote.Kind.ROLE_ADDED, name), () -> {
            List<Role> roles = store.roles(m.id());
            if (roles.size() >= MAX_ROLES) {
                throw PlaybookException.invalid("social-playbook.roles.error.too-many-roles", MAX_ROLES);
            }
            requireUniqueRole(roles, name, -1);
            int rank = roles.stream().mapToInt(Role::rank).max().orElse(-1) + 1;
            store.addRole(m, name, rank);
        });
    }

    public MatrixData renameRole(int matrixId, int roleId, Requests.RoleBody body) {
        Matrix m = editable(matrixId);
        String name = roleName(body.name());
        int version = version(body.version());
        Role renamed = role(m, roleId);
        return change(m, version, ChangeNote.of(ChangeNote.Kind.ROLE_RENAMED, renamed.name(), name), () -> {
            requireUniqueRole(store.roles(m.id()), name, roleId);
            store.renameRole(roleId, name);
        });
    }

    public MatrixData deleteRole(int matrixId, int roleId, Integer version) {
        Matrix m = editable(matrixId);
        int v = version(version);
        Role removed = role(m, roleId);
        return change(m, v, ChangeNote.of(ChangeNote.Kind.ROLE_REMOVED, removed.name()), () -> store.deleteRole(roleId));
    }

    public MatrixData reorderRoles(int matrixId, Requests.OrderBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        List<Integer> ids = body.ids() == null ? List.of() : body.ids();
        return change(m, version, ChangeNote.of(ChangeNote.Kind.ROLES_REORDERED), () -> {
            requireSameIds(ids, store.roles(m.id()).stream().map(Role::id).toList());
            store.reorderRoles(m.id(), ids);
        });
    }

    // --- activities ---

    public MatrixData addActivity(int matrixId, Requests.ActivityBody body) {
        Matrix m = editable(matrixId);
        String name = activityName(body.name());
        String phase = phase(body.phase());
        int version = version(body.version());
        return change(m, version, ChangeNote.of(ChangeNote.Kind.ACTIVITY_ADDED, name, phase), () -> {
            List<Activity> activities = store.activities(m.id());
            if (activities.size() >= MAX_ACTIVITIES) {
                throw PlaybookException.invalid("social-playbook.roles.error.too-many-activities", MAX_ACTIVITIES);
            }
            int rank = rankFor(m.id(), activities, phase);
            store.addActivity(m.id(), name, phase, rank);
        });
    }

    /** A new activity goes after the last one of its phase (or at the end); the ones after it move down one. */
    private int rankFor(int matrixId, List<Activity> activities, String phase) {
        int index = activities.size();
        if (phase != null) {
            for (int i = activities.size() - 1; i >= 0; i--) {
                if (phase.equalsIgnoreCase(Objects.toString(activities.get(i).phase(), ""))) {
                    index = i + 1;
                    break;
                }
            }
        }
        if (index == activities.size()) {
            return activities.stream().mapToInt(Activity::rank).max().orElse(-1) + 1;
        }
        List<Integer> order = new ArrayList<>(activities.stream().map(Activity::id).toList());
        order.add(index, -1);
        store.reorderActivities(matrixId, order);
        return index;
    }

    public MatrixData updateActivity(int matrixId, int activityId, Requests.ActivityBody body) {
        Matrix m = editable(matrixId);
        String name = activityName(body.name());
        String phase = phase(body.phase());
        int version = version(body.version());
        Activity changed = activity(m, activityId);
        return change(m, version, ChangeNote.of(ChangeNote.Kind.ACTIVITY_CHANGED, changed.name(), name),
                () -> store.updateActivity(activityId, name, phase));
    }

    public MatrixData deleteActivity(int matrixId, int activityId, Integer version) {
        Matrix m = editable(matrixId);
        int v = version(version);
        Activity removed = activity(m, activityId);
        return change(m, v, ChangeNote.of(ChangeNote.Kind.ACTIVITY_REMOVED, removed.name()),
                () -> store.deleteActivity(activityId));
    }

    public MatrixData reorderActivities(int matrixId, Requests.OrderBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        List<Integer> ids = body.ids() == null ? List.of() : body.ids();
        return change(m, version, ChangeNote.of(ChangeNote.Kind.ACTIVITIES_REORDERED), () -> {
            requireSameIds(ids, store.activities(m.id()).stream().map(Activity::id).toList());
            store.reorderActivities(m.id(), ids);
        });
    }

    // --- cells ---

    /** Sets one cell; answers the new version (the caller asks for the problems again). */
    public MatrixData setCell(int matrixId, Requests.CellBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        if (body.roleId() == null || body.activityId() == null) {
            throw PlaybookException.invalidField(body.roleId() == null ? "roleId" : "activityId", "social-playbook.roles.error.cell-required");
        }
        Letters letters = Letters.parseCode(body.letters() == null ? "" : body.letters().trim())
                .orElseThrow(() -> PlaybookException.invalidField("letters", "social-playbook.roles.error.letters", shorten(body.letters())));
        Role cellRole = role(m, body.roleId());
        Activity cellActivity = activity(m, body.activityId());
        String before = store.cell(body.roleId(), body.activityId()).display();
        return change(m, version, new ChangeNote(ChangeNote.Kind.CELL_CHANGED, cellActivity.name(), cellRole.name(),
                letters.display()).was(before), () -> store.setCell(m.id(), body.roleId(), body.activityId(), letters));
    }

    // --- people ---

    public MatrixData addPerson(int matrixId, int roleId, Requests.PersonBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        String userKey = knownUser(body.userKey());
        Role joined = role(m, roleId);
        return change(m, version, ChangeNote.of(ChangeNote.Kind.PERSON_ADDED, joined.name(), userKey), () -> {
            List<Holder> holders = store.holdersOfRole(roleId);
            if (holders.stream().anyMatch(h -> !h.deputy() && h.userKey().equals(userKey))) {
                throw PlaybookException.invalidField("userKey", "social-playbook.roles.error.already-holder", people.describe(userKey).displayName());
            }
            store.removeHolder(roleId, userKey, true);
            store.addHolder(m, roleId, userKey, false);
        });
    }

    public MatrixData removePerson(int matrixId, int roleId, String userKey, Integer version) {
        Matrix m = editable(matrixId);
        int v = version(version);
        Role left = role(m, roleId);
        return change(m, v, ChangeNote.of(ChangeNote.Kind.PERSON_REMOVED, left.name(), userKey), () -> {
            if (store.removeHolder(roleId, userKey == null ? "" : userKey, false) == 0) {
                throw PlaybookException.notFound("social-playbook.roles.error.not-holder");
            }
        });
    }

    public MatrixData setDeputy(int matrixId, int roleId, Requests.PersonBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        String userKey = body.userKey() == null || body.userKey().isBlank() ? null : knownUser(body.userKey());
        Role deputyRole = role(m, roleId);
        String before = store.holdersOfRole(roleId).stream().filter(Holder::deputy).map(Holder::userKey).findFirst()
                .orElse("");
        return change(m, version, ChangeNote.of(ChangeNote.Kind.DEPUTY_CHANGED, deputyRole.name(), userKey).was(before), () -> {
            List<Holder> holders = store.holdersOfRole(roleId);
            if (userKey != null && holders.stream().anyMatch(h -> !h.deputy() && h.userKey().equals(userKey))) {
                throw PlaybookException.invalidField("userKey", "social-playbook.roles.error.deputy-is-holder", people.describe(userKey).displayName());
            }
            for (Holder h : holders) {
                if (h.deputy()) {
                    store.removeHolder(roleId, h.userKey(), true);
                }
            }
            if (userKey != null) {
                store.addHolder(m, roleId, userKey, true);
            }
        });
    }

    // --- "I'll own this" ---

    /** Any viewer offers to be Accountable for an activity that has none. */
    public MatrixData propose(int matrixId, Requests.ProposalBody body) {
        Matrix m = viewable(matrixId);
        String me = currentUser.requireKey();
        if (body.activityId() == null) {
            throw PlaybookException.invalidField("activityId", "social-playbook.roles.error.cell-required");
        }
        Activity activity = activity(m, body.activityId());
        store.transaction(() -> {
            MatrixData data = store.load(m);
            boolean owned = data.cells().stream().anyMatch(c -> c.activityId() == activity.id() && c.letters().has(Raci.A));
            if (owned) {
                throw PlaybookException.conflict("social-playbook.roles.error.already-owned", activity.name());
            }
            if (data.proposals().stream().anyMatch(p -> p.activityId() == activity.id() && p.userKey().equals(me))) {
                throw PlaybookException.conflict("social-playbook.roles.error.already-offered", activity.name());
            }
            store.addProposal(m.id(), activity.id(), me, time.now());
            return null;
        });
        return store.load(store.matrix(m.id()).orElseThrow());
    }

    /** The proposer takes the offer back. */
    public MatrixData withdraw(int matrixId, int proposalId) {
        Matrix m = viewable(matrixId);
        String me = currentUser.requireKey();
        Proposal p = proposal(m, proposalId);
        if (!p.userKey().equals(me)) {
            throw PlaybookException.forbidden("social-playbook.roles.error.not-your-offer");
        }
        requireOpen(p);
        store.transaction(() -> {
            store.deleteProposal(p.id());
            return null;
        });
        return store.load(store.matrix(m.id()).orElseThrow());
    }

    /** An editor accepts: the proposer holds the role and the role is Accountable for the activity. */
    public MatrixData accept(int matrixId, int proposalId, Requests.AcceptBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        Proposal p = proposal(m, proposalId);
        requireOpen(p);
        if (body.roleId() == null) {
            throw PlaybookException.invalidField("roleId", "social-playbook.roles.error.cell-required");
        }
        Role owning = role(m, body.roleId());
        Activity owned = activity(m, p.activityId());
        String editor = currentUser.requireKey();
        return change(m, version, new ChangeNote(ChangeNote.Kind.OFFER_ACCEPTED, owned.name(), owning.name(), p.userKey()), () -> {
            store.setCell(m.id(), body.roleId(), p.activityId(), store.cell(body.roleId(), p.activityId()).with(Raci.A));
            List<Holder> holders = store.holdersOfRole(body.roleId());
            if (holders.stream().noneMatch(h -> !h.deputy() && h.userKey().equals(p.userKey()))) {
                store.removeHolder(body.roleId(), p.userKey(), true);
                store.addHolder(m, body.roleId(), p.userKey(), false);
            }
            Instant now = time.now();
            store.decideProposal(p.id(), ProposalState.ACCEPTED, editor, now);
            for (Proposal other : store.openProposals(p.activityId())) {
                store.decideProposal(other.id(), ProposalState.DECLINED, editor, now);
            }
        });
    }

    public MatrixData decline(int matrixId, int proposalId) {
        Matrix m = editable(matrixId);
        Proposal p = proposal(m, proposalId);
        requireOpen(p);
        String editor = currentUser.requireKey();
        store.transaction(() -> {
            store.decideProposal(p.id(), ProposalState.DECLINED, editor, time.now());
            return null;
        });
        return store.load(store.matrix(m.id()).orElseThrow());
    }

    // --- CSV ---

    public String exportCsv(int matrixId) {
        return RoleMatrixCsv.write(view(matrixId));
    }

    /** What an import would do; changes nothing. */
    public ImportPreview previewImport(int matrixId, Requests.ImportBody body) {
        Matrix m = editable(matrixId);
        RoleMatrixCsv.Parsed parsed = RoleMatrixCsv.read(body.csv());
        return ImportPreview.of(parsed, store.roles(m.id()));
    }

    /** Replaces the activities and letters with the file's (roles matched by name, new ones added); a file with errors changes nothing. */
    public MatrixData applyImport(int matrixId, Requests.ImportBody body) {
        Matrix m = editable(matrixId);
        int version = version(body.version());
        RoleMatrixCsv.Parsed parsed = RoleMatrixCsv.read(body.csv());
        if (!parsed.ok()) {
            throw PlaybookException.invalid("social-playbook.roles.import.has-errors", parsed.errors().size());
        }
        return change(m, version, ChangeNote.of(ChangeNote.Kind.IMPORTED, String.valueOf(parsed.rows().size())), () -> {
            List<Role> existing = store.roles(m.id());
            Map<String, Role> byKey = new java.util.HashMap<>();
            existing.forEach(r -> byKey.put(Names.key(r.name()), r));
            int rank = existing.stream().mapToInt(Role::rank).max().orElse(-1) + 1;
            List<Integer> columns = new ArrayList<>();
            for (String name : parsed.roles()) {
                Role role = byKey.get(Names.key(name));
                if (role == null) {
                    if (byKey.size() >= MAX_ROLES) {
                        throw PlaybookException.invalid("social-playbook.roles.error.too-many-roles", MAX_ROLES);
                    }
                    role = store.addRole(m, name, rank++);
                    byKey.put(Names.key(name), role);
                }
                columns.add(role.id());
            }
            store.clearActivities(m.id());
            List<Cell> cells = new ArrayList<>();
            int activityRank = 0;
            for (RoleMatrixCsv.ImportRow row : parsed.rows()) {
                Activity a = store.addActivity(m.id(), row.activity(), row.phase(), activityRank++);
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(new Cell(columns.get(i), a.id(), row.letters().get(i)));
                }
            }
            store.addCells(m.id(), cells);
        });
    }

    /** The preview of an import: roles (new or matched), how many activities and letters, and each bad line. */
    public record ImportPreview(List<PreviewRole> roles, int activities, int letters, List<String> phases,
                                List<RoleMatrixCsv.LineError> errors) {
        public record PreviewRole(String name, boolean added) {
        }

        static ImportPreview of(RoleMatrixCsv.Parsed parsed, List<Role> existing) {
            Set<String> keys = new HashSet<>();
            existing.forEach(r -> keys.add(Names.key(r.name())));
            List<PreviewRole> roles = parsed.roles().stream().map(n -> new PreviewRole(n, !keys.contains(Names.key(n)))).toList();
            int letters = 0;
            List<String> phases = new ArrayList<>();
            for (RoleMatrixCsv.ImportRow row : parsed.rows()) {
                letters += (int) row.letters().stream().filter(l -> !l.isEmpty()).count();
                if (row.phase() != null && !phases.contains(row.phase())) {
                    phases.add(row.phase());
                }
            }
            return new ImportPreview(roles, parsed.rows().size(), letters, phases, parsed.errors());
        }
    }

    // --- the checks every change shares ---

    private Matrix editable(int matrixId) {
        Matrix m = store.matrix(matrixId).orElseThrow(() -> PlaybookException.notFound("social-playbook.roles.error.matrix-not-found", matrixId));
        pageAccess.requireEdit(m.pageId());
        return m;
    }

    /**
     * One change: in one transaction, the version check first, then the work and its line in the change log;
     * answers the matrix as it now is.
     */
    private MatrixData change(Matrix m, int expectedVersion, ChangeNote note, Runnable work) {
        String user = currentUser.requireKey();
        Matrix changed = store.transaction(() -> {
            RoleMatrixStore.Bump bump = store.bump(m.id(), expectedVersion, user, time.now());
            if (bump.matrix() == null) {
                throw PlaybookException.notFound("social-playbook.roles.error.matrix-not-found", m.id());
            }
            if (!bump.ok()) {
                String who = bump.matrix().updatedBy() == null ? "?" : people.describe(bump.matrix().updatedBy()).displayName();
                throw EditVersions.refusal(expectedVersion, bump.matrix().version(), "social-playbook.roles.error.conflict", who);
            }
            work.run();
            store.logChange(bump.matrix(), note, user, time.now());
            return bump.matrix();
        });
        return store.load(changed);
    }

    private Role role(Matrix m, int roleId) {
        return store.role(m.id(), roleId).orElseThrow(() -> PlaybookException.notFound("social-playbook.roles.error.role-not-found", roleId));
    }

    private Activity activity(Matrix m, int activityId) {
        return store.activity(m.id(), activityId)
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.roles.error.activity-not-found", activityId));
    }

    private Proposal proposal(Matrix m, int proposalId) {
        return store.proposal(m.id(), proposalId)
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.roles.error.offer-not-found", proposalId));
    }

    private static void requireOpen(Proposal p) {
        if (p.state() != ProposalState.OPEN) {
            throw PlaybookException.conflict("social-playbook.roles.error.offer-decided");
        }
    }

    private static int version(Integer version) {
        if (version == null) {
            throw PlaybookException.invalidField("version", "social-playbook.roles.error.version-required");
        }
        return version;
    }

    private static String roleName(String raw) {
        String name = name(raw, "name");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("phase") || lower.equals("activity")) {
            throw PlaybookException.invalidField("name", "social-playbook.roles.error.role-name-reserved", name);
        }
        return name;
    }

    private static String activityName(String raw) {
        return name(raw, "name");
    }

    private static String name(String raw, String field) {
        String name = Names.clean(raw == null ? "" : raw);
        if (name.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.roles.error.name-empty");
        }
        if (name.length() > Names.MAX_NAME) {
            throw PlaybookException.invalidField(field, "social-playbook.roles.error.name-long", Names.MAX_NAME);
        }
        return name;
    }

    private static String phase(String raw) {
        String phase = Names.clean(raw == null ? "" : raw);
        if (phase.length() > Names.MAX_PHASE) {
            throw PlaybookException.invalidField("phase", "social-playbook.roles.error.phase-long", Names.MAX_PHASE);
        }
        return phase.isEmpty() ? null : phase;
    }

    private String knownUser(String userKey) {
        if (userKey == null || userKey.isBlank() || userKey.length() > 255 || !people.exists(userKey)) {
            throw PlaybookException.invalidField("userKey", "social-playbook.roles.error.unknown-user");
        }
        return userKey;
    }

    private static void requireUniqueRole(List<Role> roles, String name, int except) {
        String key = Names.key(name);
        for (Role r : roles) {
            if (r.id() != except && Names.key(r.name()).equals(key)) {
                throw PlaybookException.invalidField("name", "social-playbook.roles.error.role-exists", r.name());
            }
        }
    }

    private static void requireSameIds(List<Integer> given, List<Integer> actual) {
        if (given.size() != actual.size() || !new HashSet<>(given).equals(new HashSet<>(actual))
                || given.stream().anyMatch(Objects::isNull)) {
            throw PlaybookException.invalidField("ids", "social-playbook.roles.error.order-ids");
        }
    }

    private static Serializable shorten(String text) {
        String t = text == null ? "" : text;
        return t.length() <= 12 ? t : t.substring(0, 12) + "…";
    }
}

package org.socialplaybook.roles;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.platform.InLists;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Proposal;
import org.socialplaybook.roles.Model.ProposalState;
import org.socialplaybook.roles.Model.Role;

/**
 * The only class of the role matrix that touches Active Objects. Loads a whole matrix in a constant number of
 * queries (one per table, by matrix id or key), and maps entities to {@link Model} values before they leave.
 * Writes join the caller's transaction ({@link #transaction}).
 */
@Named
public class RoleMatrixStore {
    static final int IN_CHUNK = 100;

    private final ActiveObjects ao;

    @Inject
    public RoleMatrixStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs the work in one database transaction: all of it is saved, or none of it. */
    public <T> T transaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    // --- matrices ---

    public Optional<Matrix> matrixByKey(String matrixKey) {
        MatrixEntity[] found = ao.find(MatrixEntity.class, Query.select().where(MatrixEntity.MATRIX_KEY + " = ?", matrixKey));
        return found.length == 0 ? Optional.empty() : Optional.of(matrix(found[0]));
    }

    public Optional<Matrix> matrix(int id) {
        MatrixEntity[] found = ao.find(MatrixEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(matrix(found[0]));
    }

    public boolean matrixExists(String matrixKey) {
        return ao.count(MatrixEntity.class, Query.select().where(MatrixEntity.MATRIX_KEY + " = ?", matrixKey)) > 0;
    }

    /** The space's matrices, those of trashed pages left out. */
    public List<Matrix> matricesInSpace(String spaceKey) {
        List<Matrix> matrices = new ArrayList<>();
        for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where(MatrixEntity.SPACE_KEY + " = ? AND "
                + MatrixEntity.TRASHED + " = ?", spaceKey, false))) {
            matrices.add(matrix(e));
        }
        matrices.sort(Comparator.comparing(Matrix::name, String.CASE_INSENSITIVE_ORDER));
        return matrices;
    }

    // --- the page's life cycle (RoleMatrixLifecycle) ---

    /** Every matrix of the space, trashed ones too (names a new matrix must not take). */
    public List<Matrix> allMatricesInSpace(String spaceKey) {
        List<Matrix> matrices = new ArrayList<>();
        for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where(MatrixEntity.SPACE_KEY + " = ?", spaceKey))) {
            matrices.add(matrix(e));
        }
        return matrices;
    }

    /** The matrices whose home is the page (trashed or not). */
    public List<Matrix> matricesOnPage(long pageId) {
        List<Matrix> matrices = new ArrayList<>();
        for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where(MatrixEntity.PAGE_ID + " = ?", pageId))) {
            matrices.add(matrix(e));
        }
        return matrices;
    }

    /**
     * A new matrix {@code name} in {@code spaceKey}, home {@code pageId}, holding a copy of {@code source}'s roles,
     * activities, cells and holders under new ids (offers and the change log are the original's own); call it
     * inside {@link #transaction}.
     */
    public Matrix copyMatrix(MatrixData source, String spaceKey, String name, long pageId, String userKey, Instant now) {
        Matrix copy = createMatrix(spaceKey, name, pageId, source.matrix().overloadLimit(), userKey, now);
        if (source.matrix().seeded()) {
            markSeeded(copy.id());
        }
        Map<Integer, Integer> roles = new HashMap<>();
        for (Role r : source.roles()) {
            roles.put(r.id(), addRole(copy, r.name(), r.rank()).id());
        }
        Map<Integer, Integer> activities = new HashMap<>();
        for (Activity a : source.activities()) {
            activities.put(a.id(), addActivity(copy.id(), a.name(), a.phase(), a.rank()).id());
        }
        List<Cell> cells = new ArrayList<>();
        for (Cell c : source.cells()) {
            if (roles.containsKey(c.roleId()) && activities.containsKey(c.activityId())) {
                cells.add(new Cell(roles.get(c.roleId()), activities.get(c.activityId()), c.letters()));
            }
        }
        addCells(copy.id(), cells);
        for (Holder h : source.holders()) {
            if (roles.containsKey(h.roleId())) {
                addHolder(copy, roles.get(h.roleId()), h.userKey(), h.deputy());
            }
        }
        return matrix(copy.id()).orElseThrow();
    }

    public void setTrashed(int matrixId, boolean trashed) {
        MatrixEntity row = ao.get(MatrixEntity.class, matrixId);
        row.setTrashed(trashed);
        row.save();
    }

    /** The matrix now belongs to {@code spaceKey}: its key, its roles' and holders' keys and its change log follow. */
    public void moveMatrix(Matrix matrix, String spaceKey) {
        String key = Names.matrixKey(spaceKey, matrix.name());
        MatrixEntity row = ao.get(MatrixEntity.class, matrix.id());
        row.setSpaceKey(spaceKey);
        row.setMatrixKey(key);
        row.save();
        for (RoleEntity role : ao.find(RoleEntity.class, Query.select().where(RoleEntity.MATRIX_ID + " = ?", matrix.id()))) {
            role.setMatrixKey(key);
            role.save();
        }
        for (HolderEntity holder : ao.find(HolderEntity.class, Query.select().where(HolderEntity.MATRIX_ID + " = ?", matrix.id()))) {
            holder.setMatrixKey(key);
            holder.save();
        }
        for (MatrixChangeEntity change : ao.find(MatrixChangeEntity.class,
                Query.select().where(MatrixChangeEntity.MATRIX_ID + " = ?", matrix.id()))) {
            change.setSpaceKey(spaceKey);
            change.save();
        }
    }

    /** Deletes the matrices with everything they hold (cells, holders, roles, activities, offers, change log). */
    public void deleteMatrices(List<Integer> matrixIds) {
        for (List<Integer> chunk : InLists.chunks(matrixIds, IN_CHUNK)) {
            Object[] ids = chunk.toArray();
            ao.deleteWithSQL(CellEntity.class, InLists.in(CellEntity.MATRIX_ID, chunk.size()), ids);
            ao.deleteWithSQL(HolderEntity.class, InLists.in(HolderEntity.MATRIX_ID, chunk.size()), ids);
            ao.deleteWithSQL(ProposalEntity.class, InLists.in(ProposalEntity.MATRIX_ID, chunk.size()), ids);
            ao.deleteWithSQL(RoleEntity.class, InLists.in(RoleEntity.MATRIX_ID, chunk.size()), ids);
            ao.deleteWithSQL(ActivityEntity.class, InLists.in(ActivityEntity.MATRIX_ID, chunk.size()), ids);
            ao.deleteWithSQL(MatrixChangeEntity.class, InLists.in(MatrixChangeEntity.MATRIX_ID, chunk.size()), ids);
            ao.deleteWithSQL(MatrixEntity.class, InLists.in("ID", chunk.size()), ids);
        }
    }

    /** Every matrix of the space (trashed ones too) and any change logged in it. */
    public void removeSpace(String spaceKey) {
        List<Integer> ids = new ArrayList<>();
        for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where(MatrixEntity.SPACE_KEY + " = ?", spaceKey))) {
            ids.add(e.getID());
        }
        deleteMatrices(ids);
        ao.deleteWithSQL(MatrixChangeEntity.class, MatrixChangeEntity.SPACE_KEY + " = ?", spaceKey);
    }

    public Matrix createMatrix(String spaceKey, String name, long pageId, Integer overloadLimit, String userKey, Instant now) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(MatrixEntity.MATRIX_KEY, Names.matrixKey(spaceKey, name)),
                new DBParam(MatrixEntity.SPACE_KEY, spaceKey),
                new DBParam(MatrixEntity.NAME, name),
                new DBParam(MatrixEntity.PAGE_ID, pageId),
                new DBParam(MatrixEntity.VERSION, 1),
                new DBParam(MatrixEntity.SEEDED, false),
                new DBParam(MatrixEntity.UPDATED_AT, Date.from(now))));
        if (overloadLimit != null) {
            params.add(new DBParam(MatrixEntity.OVERLOAD_LIMIT, overloadLimit));
        }
        if (userKey != null) {
            params.add(new DBParam(MatrixEntity.UPDATED_BY, userKey));
        }
        return matrix(ao.create(MatrixEntity.class, params.toArray(new DBParam[0])));
    }

    /**
     * Optimistic locking for one change: takes the matrix row's write lock (so concurrent changes queue here), then
     * reads the version as committed. If it is still {@code expectedVersion}, it becomes the next version, stamped
     * with the user and time, and the new matrix is returned; otherwise nothing is written and the current matrix
     * (who changed it, when) is returned for the conflict message.
     */
    public Bump bump(int matrixId, int expectedVersion, String userKey, Instant now) {
        MatrixEntity[] found = ao.find(MatrixEntity.class, Query.select().where("ID = ?", matrixId));
        if (found.length == 0) {
            return new Bump(false, null);
        }
        MatrixEntity e = found[0];
        e.setUpdatedAt(e.getUpdatedAt());
        e.save(); // UPDATE … WHERE ID = ?: the row lock is ours until commit
        MatrixEntity[] current = ao.find(MatrixEntity.class, Query.select().where("ID = ?", matrixId));
        if (current[0].getVersion() != expectedVersion) {
            return new Bump(false, matrix(current[0]));
        }
        current[0].setVersion(expectedVersion + 1);
        current[0].setUpdatedBy(userKey);
        current[0].setUpdatedAt(Date.from(now));
        current[0].save();
        return new Bump(true, matrix(current[0]));
    }

    /** The outcome of {@link #bump}: {@code ok} with the new matrix, or the matrix as someone else left it. */
    public record Bump(boolean ok, Matrix matrix) {
    }

    public void setOverloadLimit(int matrixId, Integer limit) {
        for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where("ID = ?", matrixId))) {
            e.setOverloadLimit(limit);
            e.save();
        }
    }

    public void markSeeded(int matrixId) {
        for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where("ID = ?", matrixId))) {
            e.setSeeded(true);
            e.save();
        }
    }

    /** Everything of one matrix: five queries whatever its size. */
    public MatrixData load(Matrix matrix) {
        return loadAll(List.of(matrix)).get(0);
    }

    /** Everything of several matrices (a space's), five queries per hundred matrices. */
    public List<MatrixData> loadAll(List<Matrix> matrices) {
        Map<Integer, List<Role>> roles = new HashMap<>();
        Map<Integer, List<Activity>> activities = new HashMap<>();
        Map<Integer, List<Cell>> cells = new HashMap<>();
        Map<Integer, List<Holder>> holders = new HashMap<>();
        Map<Integer, List<Proposal>> proposals = new HashMap<>();
        List<Integer> ids = matrices.stream().map(Matrix::id).toList();
        for (List<Integer> chunk : InLists.chunks(ids, IN_CHUNK)) {
            String in = InLists.in("MATRIX_ID", chunk.size());
            Object[] params = chunk.toArray();
            for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where(in, params))) {
                roles.computeIfAbsent(e.getMatrixId(), k -> new ArrayList<>()).add(role(e));
            }
            for (ActivityEntity e : ao.find(ActivityEntity.class, Query.select().where(in, params))) {
                activities.computeIfAbsent(e.getMatrixId(), k -> new ArrayList<>()).add(activity(e));
            }
            Integer only = chunk.size() == 1 ? chunk.get(0) : null;
            // the cells are most of the rows: streamed read-only, no entity objects
            ao.stream(CellEntity.class, Query.select(String.join(", ", "ID", CellEntity.MATRIX_ID, CellEntity.ROLE_ID,
                    CellEntity.ACTIVITY_ID, CellEntity.LETTERS)).where(in, params), e -> {
                Optional<Letters> letters = Letters.parseCode(e.getLetters());
                if (letters.isPresent() && !letters.get().isEmpty()) {
                    cells.computeIfAbsent(only != null ? only : e.getMatrixId(), k -> new ArrayList<>())
                            .add(new Cell(e.getRoleId(), e.getActivityId(), letters.get()));
                }
            });
            for (HolderEntity e : ao.find(HolderEntity.class, Query.select().where(in, params))) {
                holders.computeIfAbsent(e.getMatrixId(), k -> new ArrayList<>()).add(holder(e));
            }
            Object[] open = java.util.Arrays.copyOf(params, params.length + 1);
            open[params.length] = ProposalState.OPEN;
            for (ProposalEntity e : ao.find(ProposalEntity.class,
                    Query.select().where(in + " AND " + ProposalEntity.STATE + " = ?", open))) {
                proposals.computeIfAbsent(e.getMatrixId(), k -> new ArrayList<>()).add(proposal(e));
            }
        }
        List<MatrixData> all = new ArrayList<>();
        for (Matrix m : matrices) {
            List<Role> r = new ArrayList<>(roles.getOrDefault(m.id(), List.of()));
            r.sort(Comparator.comparingInt(Role::rank).thenComparingInt(Role::id));
            List<Activity> a = new ArrayList<>(activities.getOrDefault(m.id(), List.of()));
            a.sort(Comparator.comparingInt(Activity::rank).thenComparingInt(Activity::id));
            List<Holder> h = new ArrayList<>(holders.getOrDefault(m.id(), List.of()));
            List<Proposal> p = new ArrayList<>(proposals.getOrDefault(m.id(), List.of()));
            p.sort(Comparator.comparing(Proposal::createdAt).thenComparingInt(Proposal::id));
            all.add(new MatrixData(m, r, a, cells.getOrDefault(m.id(), List.of()), h, p));
        }
        return all;
    }

    // --- roles ---

    public List<Role> roles(int matrixId) {
        List<Role> roles = new ArrayList<>();
        for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where(RoleEntity.MATRIX_ID + " = ?", matrixId))) {
            roles.add(role(e));
        }
        roles.sort(Comparator.comparingInt(Role::rank).thenComparingInt(Role::id));
        return roles;
    }

    /** A role of this matrix by id; another matrix's role is "not found". */
    public Optional<Role> role(int matrixId, int roleId) {
        RoleEntity[] found = ao.find(RoleEntity.class, Query.select().where("ID = ? AND " + RoleEntity.MATRIX_ID + " = ?", roleId, matrixId));
        return found.length == 0 ? Optional.empty() : Optional.of(role(found[0]));
    }

    public Role addRole(Matrix matrix, String name, int rank) {
        return role(ao.create(RoleEntity.class,
                new DBParam(RoleEntity.MATRIX_ID, matrix.id()),
                new DBParam(RoleEntity.MATRIX_KEY, Names.matrixKey(matrix.spaceKey(), matrix.name())),
                new DBParam(RoleEntity.NAME, name),
                new DBParam(RoleEntity.NAME_KEY, Names.key(name)),
                new DBParam(RoleEntity.SORT_RANK, rank)));
    }

    public void renameRole(int roleId, String name) {
        for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where("ID = ?", roleId))) {
            e.setName(name);
            e.setNameKey(Names.key(name));
            e.save();
        }
    }

    public void deleteRole(int roleId) {
        ao.deleteWithSQL(CellEntity.class, CellEntity.ROLE_ID + " = ?", roleId);
        ao.deleteWithSQL(HolderEntity.class, HolderEntity.ROLE_ID + " = ?", roleId);
        ao.deleteWithSQL(RoleEntity.class, "ID = ?", roleId);
    }

    /** Gives the roles ranks 0..n-1 in the order of {@code orderedIds}. */
    public void reorderRoles(int matrixId, List<Integer> orderedIds) {
        Map<Integer, Integer> rank = ranks(orderedIds);
        for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where(RoleEntity.MATRIX_ID + " = ?", matrixId))) {
            Integer r = rank.get(e.getID());
            if (r != null && r != e.getSortRank()) {
                e.setSortRank(r);
                e.save();
            }
        }
    }

    // --- activities ---

    public List<Activity> activities(int matrixId) {
        List<Activity> activities = new ArrayList<>();
        for (ActivityEntity e : ao.find(ActivityEntity.class, Query.select().where(ActivityEntity.MATRIX_ID + " = ?", matrixId))) {
            activities.add(activity(e));
        }
        activities.sort(Comparator.comparingInt(Activity::rank).thenComparingInt(Activity::id));
        return activities;
    }

    public Optional<Activity> activity(int matrixId, int activityId) {
        ActivityEntity[] found = ao.find(ActivityEntity.class,
                Query.select().where("ID = ? AND " + ActivityEntity.MATRIX_ID + " = ?", activityId, matrixId));
        return found.length == 0 ? Optional.empty() : Optional.of(activity(found[0]));
    }

    public Activity addActivity(int matrixId, String name, String phase, int rank) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(ActivityEntity.MATRIX_ID, matrixId),
                new DBParam(ActivityEntity.NAME, name),
                new DBParam(ActivityEntity.SORT_RANK, rank)));
        if (phase != null) {
            params.add(new DBParam(ActivityEntity.PHASE, phase));
        }
        return activity(ao.create(ActivityEntity.class, params.toArray(new DBParam[0])));
    }

    public void updateActivity(int activityId, String name, String phase) {
        for (ActivityEntity e : ao.find(ActivityEntity.class, Query.select().where("ID = ?", activityId))) {
            e.setName(name);
            e.setPhase(phase);
            e.save();
        }
    }

    public void deleteActivity(int activityId) {
        ao.deleteWithSQL(CellEntity.class, CellEntity.ACTIVITY_ID + " = ?", activityId);
        ao.deleteWithSQL(ProposalEntity.class, ProposalEntity.ACTIVITY_ID + " = ?", activityId);
        ao.deleteWithSQL(ActivityEntity.class, "ID = ?", activityId);
    }

    public void reorderActivities(int matrixId, List<Integer> orderedIds) {
        Map<Integer, Integer> rank = ranks(orderedIds);
        for (ActivityEntity e : ao.find(ActivityEntity.class, Query.select().where(ActivityEntity.MATRIX_ID + " = ?", matrixId))) {
            Integer r = rank.get(e.getID());
            if (r != null && r != e.getSortRank()) {
                e.setSortRank(r);
                e.save();
            }
        }
    }

    /** Removes every activity of the matrix with its cells and proposals (an import replaces them). */
    public void clearActivities(int matrixId) {
        ao.deleteWithSQL(CellEntity.class, CellEntity.MATRIX_ID + " = ?", matrixId);
        ao.deleteWithSQL(ProposalEntity.class, ProposalEntity.MATRIX_ID + " = ?", matrixId);
        ao.deleteWithSQL(ActivityEntity.class, ActivityEntity.MATRIX_ID + " = ?", matrixId);
    }

    // --- cells ---

    /** Sets one cell; no letters deletes it. */
    public void setCell(int matrixId, int roleId, int activityId, Letters letters) {
        CellEntity[] existing = ao.find(CellEntity.class, Query.select().where(
                CellEntity.ROLE_ID + " = ? AND " + CellEntity.ACTIVITY_ID + " = ?", roleId, activityId));
        if (letters.isEmpty()) {
            if (existing.length > 0) {
                ao.delete(existing);
            }
            return;
        }
        if (existing.length == 0) {
            ao.create(CellEntity.class, new DBParam(CellEntity.MATRIX_ID, matrixId), new DBParam(CellEntity.ROLE_ID, roleId),
                    new DBParam(CellEntity.ACTIVITY_ID, activityId), new DBParam(CellEntity.LETTERS, letters.code()));
            return;
        }
        existing[0].setLetters(letters.code());
        existing[0].save();
        if (existing.length > 1) {
            ao.delete(java.util.Arrays.copyOfRange(existing, 1, existing.length));
        }
    }

    /** Creates many cells at once for a new set of activities (seeding, import); every cell must be new. */
    public void addCells(int matrixId, Collection<Cell> cells) {
        for (Cell cell : cells) {
            if (!cell.letters().isEmpty()) {
                ao.create(CellEntity.class, new DBParam(CellEntity.MATRIX_ID, matrixId),
                        new DBParam(CellEntity.ROLE_ID, cell.roleId()), new DBParam(CellEntity.ACTIVITY_ID, cell.activityId()),
                        new DBParam(CellEntity.LETTERS, cell.letters().code()));
            }
        }
    }

    public Letters cell(int roleId, int activityId) {
        CellEntity[] existing = ao.find(CellEntity.class, Query.select().where(
                CellEntity.ROLE_ID + " = ? AND " + CellEntity.ACTIVITY_ID + " = ?", roleId, activityId));
        return existing.length == 0 ? Letters.NONE : Letters.parseCode(existing[0].getLetters()).orElse(Letters.NONE);
    }

    // --- people ---

    public List<Holder> holdersOfRole(int roleId) {
        List<Holder> holders = new ArrayList<>();
        for (HolderEntity e : ao.find(HolderEntity.class, Query.select().where(HolderEntity.ROLE_ID + " = ?", roleId))) {
            holders.add(holder(e));
        }
        return holders;
    }

    public void addHolder(Matrix matrix, int roleId, String userKey, boolean deputy) {
        ao.create(HolderEntity.class,
                new DBParam(HolderEntity.MATRIX_ID, matrix.id()),
                new DBParam(HolderEntity.MATRIX_KEY, Names.matrixKey(matrix.spaceKey(), matrix.name())),
                new DBParam(HolderEntity.ROLE_ID, roleId),
                new DBParam(HolderEntity.USER_KEY, userKey),
                new DBParam(HolderEntity.DEPUTY, deputy));
    }

    /** Removes the person from the role (as holder or deputy, as asked); how many rows went. */
    public int removeHolder(int roleId, String userKey, boolean deputy) {
        return ao.deleteWithSQL(HolderEntity.class, HolderEntity.ROLE_ID + " = ? AND " + HolderEntity.USER_KEY
                + " = ? AND " + HolderEntity.DEPUTY + " = ?", roleId, userKey, deputy);
    }

    // --- proposals ---

    public Optional<Proposal> proposal(int matrixId, int proposalId) {
        ProposalEntity[] found = ao.find(ProposalEntity.class,
                Query.select().where("ID = ? AND " + ProposalEntity.MATRIX_ID + " = ?", proposalId, matrixId));
        return found.length == 0 ? Optional.empty() : Optional.of(proposal(found[0]));
    }

    public List<Proposal> openProposals(int activityId) {
        List<Proposal> open = new ArrayList<>();
        for (ProposalEntity e : ao.find(ProposalEntity.class, Query.select().where(
                ProposalEntity.ACTIVITY_ID + " = ? AND " + ProposalEntity.STATE + " = ?", activityId, ProposalState.OPEN))) {
            open.add(proposal(e));
        }
        return open;
    }

    public Proposal addProposal(int matrixId, int activityId, String userKey, Instant now) {
        return proposal(ao.create(ProposalEntity.class,
                new DBParam(ProposalEntity.MATRIX_ID, matrixId),
                new DBParam(ProposalEntity.ACTIVITY_ID, activityId),
                new DBParam(ProposalEntity.USER_KEY, userKey),
                new DBParam(ProposalEntity.STATE, ProposalState.OPEN),
                new DBParam(ProposalEntity.CREATED_AT, Date.from(now))));
    }

    public void decideProposal(int proposalId, ProposalState state, String userKey, Instant now) {
        for (ProposalEntity e : ao.find(ProposalEntity.class, Query.select().where("ID = ?", proposalId))) {
            e.setState(state);
            e.setDecidedBy(userKey);
            e.setDecidedAt(Date.from(now));
            e.save();
        }
    }

    public void deleteProposal(int proposalId) {
        ao.deleteWithSQL(ProposalEntity.class, "ID = ?", proposalId);
    }

    // --- the change log ---

    /** Appends one change to the log (in the caller's transaction). */
    public void logChange(Matrix matrix, ChangeNote note, String userKey, Instant when) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(MatrixChangeEntity.SPACE_KEY, matrix.spaceKey()),
                new DBParam(MatrixChangeEntity.MATRIX_ID, matrix.id()),
                new DBParam(MatrixChangeEntity.MATRIX_NAME, matrix.name()),
                new DBParam(MatrixChangeEntity.PAGE_ID, matrix.pageId()),
                new DBParam(MatrixChangeEntity.CHANGE_KIND, note.kind().name()),
                new DBParam(MatrixChangeEntity.CHANGED_AT, Date.from(when))));
        addIfSet(params, MatrixChangeEntity.SUBJECT, note.subject());
        addIfSet(params, MatrixChangeEntity.DETAIL, note.detail());
        addIfSet(params, MatrixChangeEntity.EXTRA, note.extra());
        addIfSet(params, MatrixChangeEntity.PREVIOUS, note.previous() == null ? null : "=" + note.previous());
        addIfSet(params, MatrixChangeEntity.USER_KEY, userKey);
        ao.create(MatrixChangeEntity.class, params.toArray(new DBParam[0]));
    }

    private static void addIfSet(List<DBParam> params, String column, String value) {
        if (value != null) {
            params.add(new DBParam(column, value.length() > 255 ? value.substring(0, 255) : value));
        }
    }

    private static String previous(String stored) {
        return stored == null || !stored.startsWith("=") ? null : stored.substring(1);
    }

    /** The matrix's whole change log, oldest first (an export); kinds of a later release are left out. */
    public List<ChangeNote.Logged> changesOf(int matrixId) {
        return logged(Query.select().where(MatrixChangeEntity.MATRIX_ID + " = ?", matrixId).order(MatrixChangeEntity.CHANGED_AT + ", ID"),
                java.util.Set.of());
    }

    /** The space's logged changes from {@code from} (inclusive) to {@code to} (exclusive), oldest first: one query. */
    public List<ChangeNote.Logged> changesInSpace(String spaceKey, Instant from, Instant to) {
        java.util.Set<Integer> trashed = new java.util.HashSet<>();
        for (MatrixEntity m : ao.find(MatrixEntity.class, Query.select().where(MatrixEntity.SPACE_KEY + " = ? AND "
                + MatrixEntity.TRASHED + " = ?", spaceKey, true))) {
            trashed.add(m.getID());
        }
        return logged(Query.select()
                .where(MatrixChangeEntity.SPACE_KEY + " = ? AND " + MatrixChangeEntity.CHANGED_AT + " >= ? AND "
                        + MatrixChangeEntity.CHANGED_AT + " < ?", spaceKey, Date.from(from), Date.from(to))
                .order(MatrixChangeEntity.CHANGED_AT + ", ID"), trashed);
    }

    private List<ChangeNote.Logged> logged(Query query, java.util.Set<Integer> trashed) {
        List<ChangeNote.Logged> changes = new ArrayList<>();
        for (MatrixChangeEntity e : ao.find(MatrixChangeEntity.class, query)) {
            if (trashed.contains(e.getMatrixId())) {
                continue;
            }
            ChangeNote.Kind kind;
            try {
                kind = ChangeNote.Kind.valueOf(e.getChangeKind());
            } catch (IllegalArgumentException unknown) {
                continue; // written by a later release
            }
            changes.add(new ChangeNote.Logged(e.getMatrixId(), e.getMatrixName(), e.getPageId(),
                    new ChangeNote(kind, e.getSubject(), e.getDetail(), e.getExtra(), previous(e.getPrevious())), e.getUserKey(),
                    e.getChangedAt().toInstant()));
        }
        return changes;
    }

    // --- the role directory's questions (by matrix key, no join) ---

    public List<Role> rolesByMatrixKey(String matrixKey) {
        List<Role> roles = new ArrayList<>();
        for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where(RoleEntity.MATRIX_KEY + " = ?", matrixKey))) {
            roles.add(role(e));
        }
        roles.sort(Comparator.comparingInt(Role::rank).thenComparingInt(Role::id));
        return roles;
    }

    /** The roles of these matrices by matrix key, each list in the matrix's order: one query per hundred keys. */
    public Map<String, List<Role>> rolesByMatrixKeys(Collection<String> matrixKeys) {
        Map<String, List<Role>> roles = new HashMap<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(matrixKeys)), IN_CHUNK)) {
            for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where(InLists.in(RoleEntity.MATRIX_KEY, chunk.size()),
                    chunk.toArray()))) {
                roles.computeIfAbsent(e.getMatrixKey(), k -> new ArrayList<>()).add(role(e));
            }
        }
        roles.values().forEach(list -> list.sort(Comparator.comparingInt(Role::rank).thenComparingInt(Role::id)));
        return roles;
    }

    /** The holders and deputies of these matrices by matrix key: one query per hundred keys. */
    public Map<String, List<Holder>> holdersByMatrixKeys(Collection<String> matrixKeys) {
        Map<String, List<Holder>> holders = new HashMap<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(new LinkedHashSet<>(matrixKeys)), IN_CHUNK)) {
            for (HolderEntity e : ao.find(HolderEntity.class, Query.select().where(InLists.in(HolderEntity.MATRIX_KEY,
                    chunk.size()), chunk.toArray()))) {
                holders.computeIfAbsent(e.getMatrixKey(), k -> new ArrayList<>()).add(holder(e));
            }
        }
        return holders;
    }

    public Optional<Role> roleByName(String matrixKey, String roleName) {
        RoleEntity[] found = ao.find(RoleEntity.class, Query.select().where(
                RoleEntity.MATRIX_KEY + " = ? AND " + RoleEntity.NAME_KEY + " = ?", matrixKey, Names.key(roleName)));
        return found.length == 0 ? Optional.empty() : Optional.of(role(found[0]));
    }

    public List<Holder> holdersByMatrixKey(String matrixKey) {
        List<Holder> holders = new ArrayList<>();
        for (HolderEntity e : ao.find(HolderEntity.class, Query.select().where(HolderEntity.MATRIX_KEY + " = ?", matrixKey))) {
            holders.add(holder(e));
        }
        return holders;
    }

    public List<Holder> holdersByMatrixKeyAndUser(String matrixKey, String userKey) {
        List<Holder> holders = new ArrayList<>();
        for (HolderEntity e : ao.find(HolderEntity.class, Query.select().where(
                HolderEntity.MATRIX_KEY + " = ? AND " + HolderEntity.USER_KEY + " = ?", matrixKey, userKey))) {
            holders.add(holder(e));
        }
        return holders;
    }

    /** Where a person is a holder or deputy, in every matrix: one query. */
    public record Holding(int matrixId, int roleId, boolean deputy) {
    }

    public List<Holding> holdingsOf(String userKey) {
        List<Holding> found = new ArrayList<>();
        for (HolderEntity e : ao.find(HolderEntity.class, Query.select().where(HolderEntity.USER_KEY + " = ?", userKey))) {
            found.add(new Holding(e.getMatrixId(), e.getRoleId(), e.isDeputy()));
        }
        return found;
    }

    /** The matrices with these ids (trashed ones left out): one query per {@value #IN_CHUNK} ids. */
    public List<Matrix> matrices(Collection<Integer> ids) {
        List<Matrix> found = new ArrayList<>();
        for (List<Integer> chunk : InLists.chunks(new ArrayList<>(new java.util.LinkedHashSet<>(ids)), IN_CHUNK)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(false);
            for (MatrixEntity e : ao.find(MatrixEntity.class, Query.select().where(InLists.in("ID", chunk.size()) + " AND "
                    + MatrixEntity.TRASHED + " = ?", parameters.toArray()))) {
                found.add(matrix(e));
            }
        }
        return found;
    }

    /** The roles with these ids, by rank: one query per {@value #IN_CHUNK} ids. */
    public List<Role> roles(Collection<Integer> ids) {
        List<Role> found = new ArrayList<>();
        for (List<Integer> chunk : InLists.chunks(new ArrayList<>(new java.util.LinkedHashSet<>(ids)), IN_CHUNK)) {
            for (RoleEntity e : ao.find(RoleEntity.class, Query.select().where(InLists.in("ID", chunk.size()), chunk.toArray()))) {
                found.add(role(e));
            }
        }
        found.sort(Comparator.comparingInt(Role::rank).thenComparingInt(Role::id));
        return found;
    }

    // --- mapping ---

    private static Map<Integer, Integer> ranks(List<Integer> orderedIds) {
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < orderedIds.size(); i++) {
            rank.put(orderedIds.get(i), i);
        }
        return rank;
    }

    private static Matrix matrix(MatrixEntity e) {
        return new Matrix(e.getID(), e.getSpaceKey(), e.getName(), e.getPageId(), e.getVersion(), e.getOverloadLimit(),
                e.isSeeded(), e.getUpdatedBy(), e.getUpdatedAt() == null ? null : e.getUpdatedAt().toInstant());
    }

    private static Role role(RoleEntity e) {
        return new Role(e.getID(), e.getName(), e.getSortRank());
    }

    private static Activity activity(ActivityEntity e) {
        return new Activity(e.getID(), e.getName(), e.getPhase(), e.getSortRank());
    }

    private static Holder holder(HolderEntity e) {
        return new Holder(e.getRoleId(), e.getUserKey(), e.isDeputy());
    }

    private static Proposal proposal(ProposalEntity e) {
        return new Proposal(e.getID(), e.getActivityId(), e.getUserKey(), e.getState(),
                e.getCreatedAt() == null ? Instant.EPOCH : e.getCreatedAt().toInstant());
    }
}

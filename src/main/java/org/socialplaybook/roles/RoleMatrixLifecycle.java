package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.PageBodies;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;
import org.socialplaybook.roles.Model.Matrix;

/**
 * Role matrices follow their home page. Copy: each matrix whose home is the original gets a copy of its own (roles,
 * activities, letters, holders under new ids; no offers, a fresh change log) as the copy's matrix; in the same space
 * it is named "name (copy)" and the copied page's macro is renamed to it, so the two pages never share one matrix.
 * Move: the matrix's space, keys and change log move (a name the new space already uses keeps the matrix where it
 * was, logged). Trash: the overview and the weekly changes leave it out; restore brings it back. Purge and space
 * removal delete every row. Anonymisation: offers and holders are user keys, kept.
 */
@Named
public class RoleMatrixLifecycle implements ContentLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(RoleMatrixLifecycle.class);

    private final RoleMatrixStore store;
    private final PageBodies bodies;
    private final TimeSource time;
    private final Views views;

    @Inject
    public RoleMatrixLifecycle(RoleMatrixStore store, PageBodies bodies, TimeSource time, Views views) {
        this.store = store;
        this.bodies = bodies;
        this.time = time;
        this.views = views;
    }

    @Override
    public String capability() {
        return "role matrices";
    }

    @Override
    public void pageCopied(PageRef original, PageRef copy) {
        for (Matrix matrix : store.matricesOnPage(original.id())) {
            Set<String> taken = new HashSet<>();
            for (Matrix m : store.allMatricesInSpace(copy.spaceKey())) {
                taken.add(Names.key(m.name()));
            }
            String name = MatrixCopies.copyName(matrix.name(), taken, views.text("social-playbook.roles.copy-word"));
            Matrix created = store.transaction(() -> {
                Matrix m = store.copyMatrix(store.load(matrix), copy.spaceKey(), name, copy.id(), null, time.now());
                store.logChange(m, ChangeNote.of(ChangeNote.Kind.MATRIX_CREATED), null, time.now());
                return m;
            });
            if (!name.equals(matrix.name())) {
                bodies.edit(copy.id(), storage -> MatrixCopies.rename(storage, matrix.name(), created.name()));
            }
        }
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        store.transaction(() -> {
            for (Matrix matrix : store.matricesOnPage(page.id())) {
                if (store.matrixExists(Names.matrixKey(page.spaceKey(), matrix.name()))) {
                    LOG.warn("Role matrix {} stays in space {}: space {} already has one of that name",
                            matrix.name(), oldSpaceKey, page.spaceKey());
                    continue;
                }
                store.moveMatrix(matrix, page.spaceKey());
            }
            return null;
        });
    }

    @Override
    public void pageTrashed(PageRef page) {
        setTrashed(page, true);
    }

    @Override
    public void pageRestored(PageRef page) {
        setTrashed(page, false);
    }

    private void setTrashed(PageRef page, boolean trashed) {
        store.transaction(() -> {
            store.matricesOnPage(page.id()).forEach(m -> store.setTrashed(m.id(), trashed));
            return null;
        });
    }

    @Override
    public void pagePurged(PageRef page) {
        store.transaction(() -> {
            List<Integer> ids = store.matricesOnPage(page.id()).stream().map(Matrix::id).toList();
            store.deleteMatrices(ids);
            return null;
        });
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        store.transaction(() -> {
            store.removeSpace(spaceKey);
            return null;
        });
    }
}

package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.ProposalState;
import org.socialplaybook.roles.Model.Role;

/**
 * The space's role matrices in an export: roles with their holders and deputies (user keys), activities with their
 * phase and each role's letters (by role name), "I'll own this" offers, and the change log (what changed, who, when:
 * the digest's "What changed" reads it, so a migrated space keeps its past weeks). Imported through
 * {@link RoleMatrixStore#copyMatrix} under new ids with the source's change log; a version 1 document, without one,
 * gets a fresh log (the import is the matrix's creation).
 */
@Named
public class RoleMatrixTransfer implements SpaceDataPort<RoleMatrixTransfer.MatrixItem> {
    private final RoleMatrixStore store;

    @Inject
    public RoleMatrixTransfer(RoleMatrixStore store) {
        this.store = store;
    }

    public record MatrixItem(String name, PageLink page, Integer overloadLimit, boolean seeded, List<RoleItem> roles,
                             List<ActivityItem> activities, List<ChangeItem> changes) {
        public MatrixItem {
            roles = roles == null ? List.of() : List.copyOf(roles);
            activities = activities == null ? List.of() : List.copyOf(activities);
            changes = changes == null ? null : List.copyOf(changes); // null: a version 1 document
        }
    }

    /** One entry of the change log, oldest first: {@code previous} is the value before the change, when it had one. */
    public record ChangeItem(ChangeNote.Kind kind, String subject, String detail, String extra, String previous,
                             String userKey, @IsoText Instant changedAt) {
    }

    public record RoleItem(String name, List<String> holders, List<String> deputies) {
        public RoleItem {
            holders = holders == null ? List.of() : List.copyOf(holders);
            deputies = deputies == null ? List.of() : List.copyOf(deputies);
        }
    }

    /** {@code letters}: role name → letters ("RA"); roles without letters are left out. {@code offers}: "I'll own this". */
    public record ActivityItem(String name, String phase, Map<String, String> letters, List<OfferItem> offers) {
        public ActivityItem {
            letters = letters == null ? Map.of() : Map.copyOf(letters);
            offers = offers == null ? List.of() : List.copyOf(offers);
        }
    }

    public record OfferItem(String userKey, ProposalState state, @IsoText Instant createdAt) {
    }

    @Override
    public String capability() {
        return "roles";
    }

    @Override
    public Class<MatrixItem> itemType() {
        return MatrixItem.class;
    }

    @Override
    public List<MatrixItem> export(String spaceKey, TransferPages pages) {
        List<MatrixItem> items = new ArrayList<>();
        for (MatrixData data : store.loadAll(store.matricesInSpace(spaceKey))) {
            Map<Integer, String> roleNames = new HashMap<>();
            List<RoleItem> roles = new ArrayList<>();
            for (Role r : data.roles()) {
                roleNames.put(r.id(), r.name());
                roles.add(new RoleItem(r.name(),
                        data.holders().stream().filter(h -> h.roleId() == r.id() && !h.deputy()).map(Holder::userKey).toList(),
                        data.holders().stream().filter(h -> h.roleId() == r.id() && h.deputy()).map(Holder::userKey).toList()));
            }
            List<ActivityItem> activities = new ArrayList<>();
            for (Activity a : data.activities()) {
                Map<String, String> letters = new LinkedHashMap<>();
                for (Cell c : data.cells()) {
                    if (c.activityId() == a.id() && !c.letters().isEmpty() && roleNames.containsKey(c.roleId())) {
                        letters.put(roleNames.get(c.roleId()), c.letters().code());
                    }
                }
                List<OfferItem> offers = data.proposals().stream().filter(p -> p.activityId() == a.id())
                        .map(p -> new OfferItem(p.userKey(), p.state(), p.createdAt())).toList();
                activities.add(new ActivityItem(a.name(), a.phase(), letters, offers));
            }
            Matrix m = data.matrix();
            items.add(new MatrixItem(m.name(), pages.link(m.pageId()), m.overloadLimit(), m.seeded(), roles, activities,
                    store.changesOf(m.id()).stream().map(c -> new ChangeItem(c.note().kind(), c.note().subject(),
                            c.note().detail(), c.note().extra(), c.note().previous(), c.userKey(), c.at())).toList()));
        }
        return items;
    }

    @Override
    public void check(MatrixItem item, TransferCheck check) {
        boolean named = check.requireText("name", item.name(), Names.MAX_NAME);
        check.requirePage("page", item.page());
        Set<String> roleKeys = new HashSet<>();
        for (int i = 0; i < item.roles().size(); i++) {
            RoleItem r = item.roles().get(i);
            if (check.requireText("roles[" + i + "].name", r.name(), Names.MAX_NAME) && !roleKeys.add(Names.key(r.name()))) {
                check.error("roles[" + i + "].name", "social-playbook.transfer.error.duplicate", r.name());
            }
            check.users("roles[" + i + "].holders", r.holders());
            check.users("roles[" + i + "].deputies", r.deputies());
        }
        for (int i = 0; i < item.activities().size(); i++) {
            ActivityItem a = item.activities().get(i);
            String field = "activities[" + i + "]";
            check.requireText(field + ".name", a.name(), Names.MAX_NAME);
            check.optionalText(field + ".phase", a.phase(), Names.MAX_PHASE);
            a.letters().forEach((role, code) -> {
                if (!roleKeys.contains(Names.key(role))) {
                    check.error(field + ".letters." + role, "social-playbook.transfer.error.unknown-role", role);
                } else if (Letters.parseCode(code).isEmpty()) {
                    check.error(field + ".letters." + role, "social-playbook.transfer.error.letters", String.valueOf(code));
                }
            });
            for (int o = 0; o < a.offers().size(); o++) {
                OfferItem offer = a.offers().get(o);
                if (offer.userKey() == null || offer.state() == null || offer.createdAt() == null) {
                    check.error(field + ".offers[" + o + "]", "social-playbook.transfer.error.text-required");
                } else {
                    check.users(field + ".offers[" + o + "].userKey", List.of(offer.userKey()));
                }
            }
        }
        List<ChangeItem> changes = item.changes() == null ? List.of() : item.changes();
        for (int i = 0; i < changes.size(); i++) {
            ChangeItem c = changes.get(i);
            if (c.kind() == null || c.changedAt() == null) {
                check.error("changes[" + i + "]", "social-playbook.transfer.error.text-required");
            }
        }
        if (named && check.unique("name", Names.key(item.name())) && store.matrixExists(Names.matrixKey(check.targetSpace(), item.name()))) {
            check.collides("name", item.name());
        }
        check.creates(item.name(), 1 + item.roles().size() + item.activities().size() + changes.size());
    }

    @Override
    public void importItem(MatrixItem item, TransferTarget target) {
        List<Role> roles = new ArrayList<>();
        List<Holder> holders = new ArrayList<>();
        Map<String, Integer> roleIds = new HashMap<>();
        for (int i = 0; i < item.roles().size(); i++) {
            RoleItem r = item.roles().get(i);
            roles.add(new Role(i, Names.clean(r.name()), i));
            roleIds.put(Names.key(r.name()), i);
            r.holders().forEach(key -> holders.add(new Holder(roleIds.get(Names.key(r.name())), key, false)));
            r.deputies().forEach(key -> holders.add(new Holder(roleIds.get(Names.key(r.name())), key, true)));
        }
        List<Activity> activities = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < item.activities().size(); i++) {
            ActivityItem a = item.activities().get(i);
            activities.add(new Activity(i, Names.clean(a.name()), a.phase() == null ? null : Names.clean(a.phase()), i));
            int activity = i;
            a.letters().forEach((role, code) -> cells.add(new Cell(roleIds.get(Names.key(role)), activity,
                    Letters.parseCode(code).orElseThrow())));
        }
        Matrix source = new Matrix(0, target.spaceKey(), item.name(), 0, 1, item.overloadLimit(), item.seeded(), null, null);
        Matrix created = store.copyMatrix(new MatrixData(source, roles, activities, cells, holders, List.of()),
                target.spaceKey(), Names.clean(item.name()), target.pageId(item.page()), target.userKey(), target.now());
        if (item.changes() == null) {
            store.logChange(created, ChangeNote.of(ChangeNote.Kind.MATRIX_CREATED), target.userKey(), target.now());
        } else {
            for (ChangeItem c : item.changes()) {
                store.logChange(created, new ChangeNote(c.kind(), c.subject(), c.detail(), c.extra(), c.previous()),
                        c.userKey(), c.changedAt());
            }
        }
        List<Activity> createdActivities = store.activities(created.id());
        for (int i = 0; i < item.activities().size() && i < createdActivities.size(); i++) {
            for (OfferItem offer : item.activities().get(i).offers()) {
                Model.Proposal p = store.addProposal(created.id(), createdActivities.get(i).id(), offer.userKey(), offer.createdAt());
                if (offer.state() != ProposalState.OPEN) {
                    store.decideProposal(p.id(), offer.state(), target.userKey(), target.now());
                }
            }
        }
    }
}

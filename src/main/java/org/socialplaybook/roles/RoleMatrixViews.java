package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.Views;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Proposal;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.State.ActivityView;
import org.socialplaybook.roles.State.CellView;
import org.socialplaybook.roles.State.MatrixState;
import org.socialplaybook.roles.State.OfferView;
import org.socialplaybook.roles.State.PersonView;
import org.socialplaybook.roles.State.ProblemGroup;
import org.socialplaybook.roles.State.ProblemView;
import org.socialplaybook.roles.State.Problems;
import org.socialplaybook.roles.State.RoleView;

/** Turns a matrix into what people see: the JSON state, translated problems, people with names and avatars. */
@Named
public class RoleMatrixViews {
    private final Views views;
    private final People people;

    @Inject
    public RoleMatrixViews(Views views, People people) {
        this.views = views;
        this.people = people;
    }

    /** The people of a matrix (holders, deputies, offers, last editor), each looked up once. */
    public Map<String, Person> peopleOf(MatrixData data) {
        Set<String> keys = new LinkedHashSet<>();
        data.holders().forEach(h -> keys.add(h.userKey()));
        data.proposals().forEach(p -> keys.add(p.userKey()));
        if (data.matrix().updatedBy() != null) {
            keys.add(data.matrix().updatedBy());
        }
        return people.describeAll(keys);
    }

    public MatrixState state(MatrixData data, String viewerKey, boolean canEdit) {
        Map<String, Person> who = peopleOf(data);
        List<Problem> problems = RaciRules.check(data, data.matrix().overloadLimit());
        return state(data, viewerKey, canEdit, who, problems);
    }

    MatrixState state(MatrixData data, String viewerKey, boolean canEdit, Map<String, Person> who, List<Problem> problems) {
        Map<Integer, List<PersonView>> holders = new HashMap<>();
        Map<Integer, PersonView> deputies = new HashMap<>();
        for (Holder h : data.holders()) {
            PersonView p = person(who, h.userKey());
            if (h.deputy()) {
                deputies.put(h.roleId(), p);
            } else {
                holders.computeIfAbsent(h.roleId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<RoleView> roles = new ArrayList<>();
        for (Role r : data.roles()) {
            List<PersonView> list = new ArrayList<>(holders.getOrDefault(r.id(), List.of()));
            list.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            roles.add(new RoleView(r.id(), r.name(), list, deputies.get(r.id())));
        }
        List<ActivityView> activities = data.activities().stream().map(a -> new ActivityView(a.id(), a.name(), a.phase())).toList();
        List<CellView> cells = new ArrayList<>(data.cells().size());
        for (Cell c : data.cells()) {
            cells.add(new CellView(c.roleId(), c.activityId(), c.letters().code()));
        }
        String updatedBy = data.matrix().updatedBy() == null ? null : person(who, data.matrix().updatedBy()).name();
        return new MatrixState(data.matrix().id(), data.matrix().name(), data.matrix().pageId(), data.matrix().version(),
                canEdit, viewerKey != null, viewerKey, data.matrix().overloadLimit(), data.matrix().seeded(), roles,
                activities, cells, offers(data, who, viewerKey, canEdit), problems(data, who, problems), updatedBy);
    }

    /**
     * The offers to own an activity: every one for editors, who accept or decline them; anyone else only their own
     * (to withdraw it), not who else offered.
     */
    List<OfferView> offers(MatrixData data, Map<String, Person> who, String viewerKey, boolean canEdit) {
        Map<Integer, String> activityNames = new HashMap<>();
        data.activities().forEach(a -> activityNames.put(a.id(), a.name()));
        Map<String, Integer> firstRoleOf = new HashMap<>();
        Map<Integer, Integer> rank = new HashMap<>();
        data.roles().forEach(r -> rank.put(r.id(), r.rank()));
        for (Holder h : data.holders()) {
            if (!h.deputy() && rank.containsKey(h.roleId())) {
                firstRoleOf.merge(h.userKey(), h.roleId(), (a, b) -> rank.get(a) <= rank.get(b) ? a : b);
            }
        }
        List<OfferView> offers = new ArrayList<>();
        for (Proposal p : data.proposals()) {
            String activity = activityNames.get(p.activityId());
            if (activity != null && (canEdit || p.userKey().equals(viewerKey))) {
                offers.add(new OfferView(p.id(), p.activityId(), activity, person(who, p.userKey()),
                        p.userKey().equals(viewerKey), firstRoleOf.get(p.userKey())));
            }
        }
        return offers;
    }

    public Problems problems(MatrixData data, Map<String, Person> who, List<Problem> problems) {
        Map<Integer, String> activityNames = new HashMap<>();
        data.activities().forEach(a -> activityNames.put(a.id(), a.name()));
        Map<Integer, String> roleNames = new HashMap<>();
        data.roles().forEach(r -> roleNames.put(r.id(), r.name()));
        Map<Problem.Kind, Integer> counts = new LinkedHashMap<>();
        List<ProblemView> items = new ArrayList<>();
        for (Problem p : problems) {
            counts.merge(p.kind(), 1, Integer::sum);
            items.add(new ProblemView(p.kind().id(), text(p, activityNames, roleNames, who, data.matrix().overloadLimit()),
                    p.activityIds(), p.roleIds(), p.userKey(),
                    p.cells().stream().map(c -> List.of(c.roleId(), c.activityId())).toList()));
        }
        List<ProblemGroup> groups = new ArrayList<>();
        counts.forEach((kind, n) -> groups.add(new ProblemGroup(kind.id(), views.text(RoleMatrixService.PREFIX + "problem." + kind.id() + ".title"), n)));
        return new Problems(problems.size(), groups, items);
    }

    private String text(Problem p, Map<Integer, String> activities, Map<Integer, String> roles, Map<String, Person> who,
                        Integer limit) {
        String key = RoleMatrixService.PREFIX + "problem." + p.kind().id();
        String activity = p.activityIds().isEmpty() ? "" : activities.getOrDefault(p.activityIds().get(0), "?");
        String role = p.roleIds().isEmpty() ? "" : roles.getOrDefault(p.roleIds().get(0), "?");
        String roleList = String.join(", ", p.roleIds().stream().map(id -> roles.getOrDefault(id, "?")).toList());
        String person = p.userKey() == null ? "" : person(who, p.userKey()).name();
        return switch (p.kind()) {
            case NO_ACCOUNTABLE, NO_RESPONSIBLE -> views.text(key, activity);
            case MANY_ACCOUNTABLE -> views.text(key, activity, p.count(), roleList);
            case DUPLICATE_ACTIVITY -> views.text(key, activity, p.count());
            case ROLE_UNUSED, ROLE_WITHOUT_PEOPLE -> views.text(key, role);
            case PERSON_OVERLOADED -> views.text(key, person, p.count(), limit == null ? 0 : limit);
            case RESPONSIBLE_COLLISION -> views.text(key, person, activity, roleList);
        };
    }

    public State.ImportPreviewView preview(RoleMatrixService.ImportPreview preview) {
        List<State.LineMessage> errors = new ArrayList<>();
        for (RoleMatrixCsv.LineError e : preview.errors()) {
            String text = views.text(e.key(), e.arguments().toArray(new String[0]));
            errors.add(new State.LineMessage(e.line(), views.text("social-playbook.roles.import.line", e.line(), text)));
        }
        return new State.ImportPreviewView(preview.roles(), preview.activities(), preview.letters(), preview.phases(), errors);
    }

    static PersonView person(Map<String, Person> who, String key) {
        Person p = who.get(key);
        return p == null ? new PersonView(key, key, null) : new PersonView(p.key(), p.displayName(), p.avatarUrl());
    }

    /** Roles (ids) a person holds (not as deputy), in matrix order. */
    static List<Integer> rolesHeldBy(MatrixData data, String userKey) {
        Set<Integer> held = new LinkedHashSet<>();
        if (userKey != null) {
            for (Holder h : data.holders()) {
                if (!h.deputy() && h.userKey().equals(userKey)) {
                    held.add(h.roleId());
                }
            }
        }
        return data.roles().stream().map(Role::id).filter(held::contains).toList();
    }

    /** The activities where any of these roles has the letter, in matrix order. */
    static List<Activity> activitiesWhere(MatrixData data, Collection<Integer> roleIds, Raci letter) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (Cell c : data.cells()) {
            if (roleIds.contains(c.roleId()) && c.letters().has(letter)) {
                ids.add(c.activityId());
            }
        }
        return data.activities().stream().filter(a -> ids.contains(a.id())).toList();
    }
}

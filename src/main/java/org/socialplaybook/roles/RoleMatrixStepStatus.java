package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.MatrixData;

/**
 * Steps 3 and 1 for the playbook overview, from the space's role matrices (loaded in a constant number of queries).
 * Step 3 (clear roles) is in place when the space has a matrix and no matrix has a problem; its percentage is the
 * share of activities without problems. Step 1 (ownership) is in place when every activity has an Accountable role
 * that someone holds; its percentage is that share, and its summary counts the offers to own still waiting.
 */
@Named
public class RoleMatrixStepStatus implements StepStatusProvider {
    private final RoleMatrixStore store;

    @Inject
    public RoleMatrixStepStatus(RoleMatrixStore store) {
        this.store = store;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        var matrices = store.matricesInSpace(spaceKey);
        if (matrices.isEmpty()) {
            return List.of();
        }
        int activities = 0;
        int activitiesOk = 0;
        int problems = 0;
        int owned = 0;
        int offers = 0;
        for (MatrixData data : store.loadAll(matrices)) {
            List<Problem> found = RaciRules.check(data, data.matrix().overloadLimit());
            problems += found.size();
            activities += data.activities().size();
            activitiesOk += data.activities().size() - RaciRules.activitiesWithProblems(found).size();
            owned += owned(data);
            offers += data.proposals().size();
        }
        StepStatus roles = problems == 0 && activities > 0
                ? new StepStatus(PlaybookStep.CLEAR_ROLES, StepStatus.State.IN_PLACE, "social-playbook.roles.status.roles.in-place",
                        List.of(String.valueOf(matrices.size()), String.valueOf(activities)), 100)
                : new StepStatus(PlaybookStep.CLEAR_ROLES, StepStatus.State.STARTED, "social-playbook.roles.status.roles.started",
                        List.of(String.valueOf(problems), String.valueOf(matrices.size())), percent(activitiesOk, activities));
        StepStatus ownership = new StepStatus(PlaybookStep.LEADING_CHANGE,
                activities > 0 && owned == activities ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED,
                "social-playbook.roles.status.ownership", List.of(String.valueOf(owned), String.valueOf(activities), String.valueOf(offers)),
                percent(owned, activities));
        return List.of(ownership, roles);
    }

    /** Activities with an Accountable role that at least one person holds. */
    static int owned(MatrixData data) {
        Set<Integer> heldRoles = new HashSet<>();
        for (Holder h : data.holders()) {
            if (!h.deputy()) {
                heldRoles.add(h.roleId());
            }
        }
        Set<Integer> ownedActivities = new HashSet<>();
        for (Cell c : data.cells()) {
            if (c.letters().has(Raci.A) && heldRoles.contains(c.roleId())) {
                ownedActivities.add(c.activityId());
            }
        }
        Set<Integer> existing = new HashSet<>();
        data.activities().forEach(a -> existing.add(a.id()));
        ownedActivities.retainAll(existing);
        return ownedActivities.size();
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}

package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;

/**
 * The space's goal sets in an export: goals, objectives (figures, dates, the serving activity and programme by
 * name/key), contributions (a role by name, a group, a person by user key) and every recorded value with who and when.
 * Imported under new ids; the recorded values are replayed, so the current value and the trend come back.
 */
@Named
public class GoalsTransfer implements SpaceDataPort<GoalsTransfer.SetItem> {
    private final GoalStore store;

    @Inject
    public GoalsTransfer(GoalStore store) {
        this.store = store;
    }

    public record SetItem(String name, PageLink page, String matrix, List<GoalItem> goals) {
        public SetItem {
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }

    public record GoalItem(String title, String description, List<ObjectiveItem> objectives) {
        public GoalItem {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
        }
    }

    public record ObjectiveItem(String title, String unit, double baseline, double target, @IsoText LocalDate start,
                                @IsoText LocalDate due, String activity, String training,
                                List<ContributionItem> contributions, List<ValueItem> values) {
        public ObjectiveItem {
            contributions = contributions == null ? List.of() : List.copyOf(contributions);
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public record ContributionItem(ContributorKind kind, String ref, String how) {
    }

    public record ValueItem(double amount, String note, String userKey, @IsoText Instant recordedAt) {
    }

    @Override
    public String capability() {
        return "goals";
    }

    @Override
    public Class<SetItem> itemType() {
        return SetItem.class;
    }

    @Override
    public List<SetItem> export(String spaceKey, TransferPages pages) {
        List<SetItem> items = new ArrayList<>();
        for (GoalData data : store.loadAll(store.setsInSpace(spaceKey), true)) {
            List<GoalItem> goals = new ArrayList<>();
            for (Goal g : data.goals()) {
                List<ObjectiveItem> objectives = new ArrayList<>();
                for (Objective o : data.objectivesOf(g.id())) {
                    List<ContributionItem> contributions = data.contributionsOf(o.id()).stream()
                            .map(c -> new ContributionItem(c.kind(), c.ref(), c.how())).toList();
                    List<ValueItem> values = data.updates().stream().filter(u -> u.objectiveId() == o.id())
                            .map(u -> new ValueItem(u.amount(), u.note(), u.userKey(), u.recordedAt())).toList();
                    objectives.add(new ObjectiveItem(o.title(), o.unit(), o.baseline(), o.target(), o.start(), o.due(),
                            o.activity(), o.trainingRef(), contributions, values));
                }
                goals.add(new GoalItem(g.title(), g.description(), objectives));
            }
            items.add(new SetItem(data.set().name(), pages.link(data.set().pageId()), data.set().matrixName(), goals));
        }
        return items;
    }

    @Override
    public void check(SetItem item, TransferCheck check) {
        boolean named = check.requireText("name", item.name(), GoalRules.MAX_NAME);
        check.requirePage("page", item.page());
        check.optionalText("matrix", item.matrix(), GoalRules.MAX_NAME);
        int rows = 1;
        for (int g = 0; g < item.goals().size(); g++) {
            GoalItem goal = item.goals().get(g);
            String gf = "goals[" + g + "]";
            check.requireText(gf + ".title", goal.title(), GoalRules.MAX_TITLE);
            check.optionalText(gf + ".description", goal.description(), GoalRules.MAX_DESCRIPTION);
            rows++;
            for (int o = 0; o < goal.objectives().size(); o++) {
                ObjectiveItem obj = goal.objectives().get(o);
                String of = gf + ".objectives[" + o + "]";
                check.requireText(of + ".title", obj.title(), GoalRules.MAX_TITLE);
                check.optionalText(of + ".unit", obj.unit(), GoalRules.MAX_UNIT);
                if (obj.start() != null && obj.due() != null && obj.due().isBefore(obj.start())) {
                    check.error(of + ".due", "social-playbook.transfer.error.due-before-start");
                }
                for (int c = 0; c < obj.contributions().size(); c++) {
                    ContributionItem ci = obj.contributions().get(c);
                    String cf = of + ".contributions[" + c + "]";
                    if (ci.kind() == null) {
                        check.error(cf + ".kind", "social-playbook.transfer.error.text-required");
                    }
                    if (check.requireText(cf + ".ref", ci.ref(), GoalRules.MAX_REF) && ci.kind() == ContributorKind.PERSON) {
                        check.users(cf + ".ref", List.of(ci.ref()));
                    }
                    check.optionalText(cf + ".how", ci.how(), GoalRules.MAX_HOW);
                }
                for (int v = 0; v < obj.values().size(); v++) {
                    ValueItem value = obj.values().get(v);
                    String vf = of + ".values[" + v + "]";
                    if (value.recordedAt() == null) {
                        check.error(vf + ".recordedAt", "social-playbook.transfer.error.text-required");
                    }
                    check.optionalText(vf + ".note", value.note(), GoalRules.MAX_NOTE);
                    if (value.userKey() != null) {
                        check.users(vf + ".userKey", List.of(value.userKey()));
                    }
                }
                rows += 1 + obj.contributions().size() + obj.values().size();
            }
        }
        if (named && check.unique("name", GoalRules.setKey("", item.name())) && store.setExists(GoalRules.setKey(check.targetSpace(), item.name()))) {
            check.collides("name", item.name());
        }
        check.creates(item.name(), rows);
    }

    @Override
    public void importItem(SetItem item, TransferTarget target) {
        String name = item.name().trim();
        int setId = store.createSet(GoalRules.setKey(target.spaceKey(), name), target.spaceKey(), name,
                target.pageId(item.page()), item.matrix(), target.userKey(), target.now()).id();
        for (int g = 0; g < item.goals().size(); g++) {
            GoalItem goal = item.goals().get(g);
            int goalId = store.addGoal(setId, goal.title(), goal.description(), g).id();
            for (int o = 0; o < goal.objectives().size(); o++) {
                ObjectiveItem obj = goal.objectives().get(o);
                int objectiveId = store.addObjective(setId, goalId, new GoalStore.ObjectiveFields(obj.title(), obj.unit(),
                        obj.baseline(), obj.target(), obj.start(), obj.due(), obj.activity(), obj.training()), o).id();
                for (int c = 0; c < obj.contributions().size(); c++) {
                    ContributionItem ci = obj.contributions().get(c);
                    store.addContribution(setId, objectiveId, ci.kind(), ci.ref(), ci.how(), c);
                }
                for (ValueItem v : obj.values()) {
                    store.recordValue(setId, objectiveId, v.amount(), v.note(), v.userKey(), v.recordedAt());
                }
            }
        }
    }
}

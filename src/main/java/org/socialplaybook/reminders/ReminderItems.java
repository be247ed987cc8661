package org.socialplaybook.reminders;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.guidelines.GuidelineOpenItems;
import org.socialplaybook.platform.ActivityAccountables;
import org.socialplaybook.platform.EscalationContacts;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.People;
import org.socialplaybook.training.TrainingOpenItems;

/**
 * What reminders are about: for the people of the settings' groups, their overdue guidelines and training (as the
 * Monday digest lists them: {@link GuidelineOpenItems}, {@link TrainingOpenItems}, only on pages each may view), and
 * for an item, who it escalates to: the people Accountable for the role-matrix activity it matches
 * ({@link ActivityAccountables}), else the item's own contacts ({@link EscalationContacts}: the guideline's
 * escalation people and role, the programme's trainer).
 */
@Named
public class ReminderItems {
    private final GuidelineOpenItems guidelines;
    private final TrainingOpenItems training;
    private final List<EscalationContacts> contacts;
    private final ActivityAccountables accountables;
    private final People people;

    @Inject
    public ReminderItems(GuidelineOpenItems guidelines, TrainingOpenItems training, List<EscalationContacts> contacts,
                         ActivityAccountables accountables, People people) {
        this.guidelines = guidelines;
        this.training = training;
        this.contacts = List.copyOf(contacts);
        this.accountables = accountables;
        this.people = people;
    }

    /**
     * An item of one person waiting for a reminder, with its due day (UTC) and, for a refresher, the day it became
     * due (null otherwise).
     */
    public record Overdue(String userKey, OpenItem item, @IsoText LocalDate due, @IsoText LocalDate refresherDueSince) {
        public boolean refresherNotYetOverdue() {
            return refresherDueSince != null && !item.overdue();
        }
    }

    /** The people of the groups (each once, in the groups' order). */
    public Set<String> people(List<String> groups) {
        Set<String> keys = new LinkedHashSet<>();
        for (String group : groups) {
            keys.addAll(people.membersOf(group));
        }
        return keys;
    }

    /**
     * Each person's overdue items and refreshers due (overdue or not yet), most urgent first; people without any
     * left out.
     */
    public Map<String, List<Overdue>> overdue(String spaceKey, Set<String> userKeys, LocalDate today) {
        Map<String, List<Overdue>> answer = new LinkedHashMap<>();
        if (userKeys.isEmpty()) {
            return answer;
        }
        Map<String, List<OpenItem>> g = guidelines.openItemsFor(spaceKey, userKeys);
        Map<String, List<OpenItem>> t = training.openItemsFor(spaceKey, userKeys);
        for (String user : userKeys) {
            List<Overdue> items = new ArrayList<>();
            for (OpenItem item : concat(g.get(user), t.get(user))) {
                LocalDate since = item.refresherDueSince() == null ? null
                        : LocalDate.ofInstant(item.refresherDueSince(), ZoneOffset.UTC);
                if (item.due() != null && ReminderRules.remindable(item.overdue(), since, today)) {
                    items.add(new Overdue(user, item, LocalDate.ofInstant(item.due(), ZoneOffset.UTC), since));
                }
            }
            if (!items.isEmpty()) {
                answer.put(user, items);
            }
        }
        return answer;
    }

    /** Who an item escalates to, computed once per item for a run ({@code memo} is the run's). */
    public Set<String> escalationTargets(String spaceKey, OpenItem item, Map<String, Set<String>> memo) {
        String key = item.kind() + "\n" + item.pageId() + "\n" + item.title();
        return memo.computeIfAbsent(key, k -> {
            for (EscalationContacts c : contacts) {
                if (c.kind().equals(item.kind())) {
                    EscalationContacts.Contacts found = c.contactsFor(spaceKey, item);
                    Set<String> accountable = accountables.accountable(spaceKey, found.activity());
                    return accountable.isEmpty() ? found.fallback() : accountable;
                }
            }
            return Set.of();
        });
    }

    public static Map<String, Set<String>> newMemo() {
        return new HashMap<>();
    }

    private static List<OpenItem> concat(List<OpenItem> a, List<OpenItem> b) {
        List<OpenItem> all = new ArrayList<>(a == null ? List.of() : a);
        all.addAll(b == null ? List.of() : b);
        all.sort(org.socialplaybook.platform.OpenItemsByReader.MOST_URGENT_FIRST);
        return all;
    }
}

package org.socialplaybook.reminders;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.reminders.ReminderItems.Overdue;
import org.socialplaybook.reminders.ReminderStore.Claim;

/**
 * One run of a space's reminders: every overdue item of the settings' people that is due a reminder today
 * ({@link ReminderRules}) is claimed with its unique row first, then each person gets one mail listing what they are
 * reminded of, and each escalation contact one mail listing the items that escalated to them. A rerun, another node
 * or a later day of the same period finds the rows and sends nothing again.
 */
@Named
public class ReminderRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderRunner.class);

    private final ReminderStore store;
    private final ReminderItems items;
    private final ReminderMails mails;
    private final TimeSource time;

    @Inject
    public ReminderRunner(ReminderStore store, ReminderItems items, ReminderMails mails, TimeSource time) {
        this.store = store;
        this.items = items;
        this.mails = mails;
        this.time = time;
    }

    /** What a run did: reminder mails and escalation mails sent, items reminded of and escalated. */
    public record Outcome(int reminderMails, int escalationMails, int reminded, int escalated) {
    }

    public Outcome run(String spaceKey) {
        ReminderSettings settings = store.settings(spaceKey).orElse(ReminderSettings.defaults(spaceKey));
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        if (!settings.enabled() || ReminderRules.quiet(settings, today)) {
            return new Outcome(0, 0, 0, 0);
        }
        Map<String, List<Overdue>> overdue = items.overdue(spaceKey, items.people(settings.groups()), today);
        Map<String, Set<String>> memo = ReminderItems.newMemo();
        Map<String, List<Claimed>> reminders = new LinkedHashMap<>();
        Map<String, List<Claimed>> escalations = new LinkedHashMap<>();
        int reminded = 0;
        int escalated = 0;
        for (List<Overdue> list : overdue.values()) {
            for (Overdue o : list) {
                var period = o.refresherDueSince() != null
                        ? ReminderRules.refresherPeriod(settings, o.refresherDueSince(), today)
                        : ReminderRules.reminderPeriod(settings, o.due(), today);
                if (period.isPresent()) {
                    Claim claim = claim(spaceKey, o, period.get());
                    if (store.claim(claim, List.of(), time.now())) {
                        reminders.computeIfAbsent(o.userKey(), k -> new ArrayList<>()).add(new Claimed(claim, o));
                        reminded++;
                    }
                }
                if (ReminderRules.escalates(settings, o.due(), today)) {
                    Set<String> targets = items.escalationTargets(spaceKey, o.item(), memo);
                    Claim claim = claim(spaceKey, o, ReminderRules.ESCALATION);
                    if (store.claim(claim, List.copyOf(targets), time.now())) {
                        escalated++;
                        if (targets.isEmpty()) {
                            store.outcome(claim, "NO_CONTACT");
                        }
                        for (String target : targets) {
                            escalations.computeIfAbsent(target, k -> new ArrayList<>()).add(new Claimed(claim, o));
                        }
                    }
                }
            }
        }
        int reminderMails = send(spaceKey, reminders, today, false);
        int escalationMails = send(spaceKey, escalations, today, true);
        LOG.info("Reminders of space {}: {} items reminded in {} mails, {} escalated in {} mails", spaceKey, reminded,
                reminderMails, escalated, escalationMails);
        return new Outcome(reminderMails, escalationMails, reminded, escalated);
    }

    private record Claimed(Claim claim, Overdue overdue) {
    }

    private int send(String spaceKey, Map<String, List<Claimed>> byRecipient, LocalDate today, boolean escalation) {
        int sent = 0;
        Map<Claim, ReminderMails.Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Claimed>> e : byRecipient.entrySet()) {
            List<Overdue> list = e.getValue().stream().map(Claimed::overdue).toList();
            ReminderMails.Outcome outcome = escalation ? mails.escalate(spaceKey, e.getKey(), list, today)
                    : mails.remind(spaceKey, e.getKey(), list, today);
            if (outcome == ReminderMails.Outcome.SENT) {
                sent++;
            }
            for (Claimed c : e.getValue()) {
                // an escalation to several contacts is SENT once any of its mails went out
                outcomes.merge(c.claim(), outcome, (a, b) -> a == ReminderMails.Outcome.SENT ? a : b);
            }
        }
        outcomes.forEach((claim, outcome) -> store.outcome(claim, outcome.name()));
        return sent;
    }

    private static Claim claim(String spaceKey, Overdue o, String period) {
        return new Claim(spaceKey, o.userKey(), o.item().kind(), o.item().title(), o.item().pageId(), o.due(), period);
    }
}

package org.socialplaybook.reminders;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.IsoText;

/** The only class of the reminders that touches ActiveObjects: the settings per space and the sent reminders. */
@Named
public class ReminderStore {
    static final int MAX_TITLE = 255;

    private final ActiveObjects ao;

    @Inject
    public ReminderStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** A reminder or escalation as recorded: who, about what, which period, when, to whom it escalated. */
    public record Sent(String userKey, String kind, String title, long pageId, @IsoText LocalDate due, String period,
                       List<String> escalatedTo, String outcome, @IsoText Instant sentAt) {
        public Sent {
            escalatedTo = List.copyOf(escalatedTo);
        }

        public boolean escalation() {
            return ReminderRules.ESCALATION.equals(period);
        }
    }

    /** What a claim is about. */
    public record Claim(String spaceKey, String userKey, String kind, String title, long pageId, @IsoText LocalDate due,
                        String period) {
        String token() {
            return sha256(String.join("\n", spaceKey, userKey, kind, Long.toString(pageId), title, due.toString(), period));
        }
    }

    public Optional<ReminderSettings> settings(String spaceKey) {
        ReminderSettingsEntity[] found = ao.find(ReminderSettingsEntity.class,
                Query.select().where(ReminderSettingsEntity.SPACE_KEY + " = ?", spaceKey));
        return found.length == 0 ? Optional.empty() : Optional.of(settings(found[0]));
    }

    /** The spaces whose reminders are on (one query). */
    public List<ReminderSettings> enabledSettings() {
        return Arrays.stream(ao.find(ReminderSettingsEntity.class,
                Query.select().where(ReminderSettingsEntity.ENABLED + " = ?", true))).map(ReminderStore::settings).toList();
    }

    /** Saves unless someone saved since {@code expectedVersion} (409 then); the saved settings (version + 1). */
    public ReminderSettings saveSettings(ReminderSettings s, int expectedVersion, String userKey, Instant now) {
        return ao.executeInTransaction(() -> {
            ReminderSettingsEntity[] found = ao.find(ReminderSettingsEntity.class,
                    Query.select().where(ReminderSettingsEntity.SPACE_KEY + " = ?", s.spaceKey()));
            if (found.length > 0) {
                // the row lock first, then the version as committed (as the digest's settings do)
                found[0].setUpdatedAt(found[0].getUpdatedAt());
                found[0].save();
                found = ao.find(ReminderSettingsEntity.class,
                        Query.select().where(ReminderSettingsEntity.SPACE_KEY + " = ?", s.spaceKey()));
            }
            int current = found.length == 0 ? 0 : found[0].getVersion();
            if (current != expectedVersion) {
                throw EditVersions.refusal(expectedVersion, 0, current, "social-playbook.reminders.error.settings-conflict");
            }
            ReminderSettingsEntity e = found.length > 0 ? found[0] : ao.create(ReminderSettingsEntity.class,
                    new DBParam(ReminderSettingsEntity.SPACE_KEY, s.spaceKey()),
                    new DBParam(ReminderSettingsEntity.VERSION, 0));
            e.setEnabled(s.enabled());
            e.setAfterDays(s.afterDays());
            e.setEveryDays(s.everyDays());
            e.setQuietWeekends(s.quietWeekends());
            e.setEscalateDays(s.escalateAfterDays());
            e.setRemindGroups(String.join("\n", s.groups()));
            e.setVersion(current + 1);
            e.setUpdatedBy(userKey);
            e.setUpdatedAt(Date.from(now));
            e.save();
            return settings(e);
        });
    }

    /**
     * Claims one reminder: inserts its unique row before anything is sent. False when it was claimed before (by a
     * rerun, another node, or an earlier day of the same period).
     */
    public boolean claim(Claim claim, List<String> escalatedTo, Instant now) {
        String token = claim.token();
        try {
            return ao.executeInTransaction(() -> {
                ao.create(ReminderSentEntity.class,
                        new DBParam(ReminderSentEntity.SPACE_KEY, claim.spaceKey()),
                        new DBParam(ReminderSentEntity.USER_KEY, claim.userKey()),
                        new DBParam(ReminderSentEntity.ITEM_KIND, claim.kind()),
                        new DBParam(ReminderSentEntity.ITEM_TITLE, cut(claim.title())),
                        new DBParam(ReminderSentEntity.PAGE_ID, claim.pageId()),
                        new DBParam(ReminderSentEntity.DUE_DAY, claim.due().toString()),
                        new DBParam(ReminderSentEntity.REMIND_PERIOD, claim.period()),
                        new DBParam(ReminderSentEntity.SENT_TOKEN, token),
                        new DBParam(ReminderSentEntity.ESCALATED_TO, String.join("\n", escalatedTo)),
                        new DBParam(ReminderSentEntity.OUTCOME, "CLAIMED"),
                        new DBParam(ReminderSentEntity.SENT_AT, Date.from(now)));
                return true;
            });
        } catch (RuntimeException duplicate) {
            if (ao.count(ReminderSentEntity.class, Query.select().where(ReminderSentEntity.SENT_TOKEN + " = ?", token)) == 0) {
                throw duplicate; // not claimed before: a real failure
            }
            return false;
        }
    }

    public void outcome(Claim claim, String outcome) {
        ao.executeInTransaction(() -> {
            for (ReminderSentEntity e : ao.find(ReminderSentEntity.class,
                    Query.select().where(ReminderSentEntity.SENT_TOKEN + " = ?", claim.token()))) {
                e.setOutcome(outcome);
                e.save();
            }
            return null;
        });
    }

    /** The space's reminders and escalations, newest first (one query). */
    public List<Sent> sent(String spaceKey, int limit) {
        return Arrays.stream(ao.find(ReminderSentEntity.class, Query.select()
                        .where(ReminderSentEntity.SPACE_KEY + " = ?", spaceKey).order("ID DESC").limit(limit)))
                .map(ReminderStore::sent).toList();
    }

    /** The space is gone: its settings and every reminder sent in it. */
    public int removeSpace(String spaceKey) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(ReminderSentEntity.class, ReminderSentEntity.SPACE_KEY + " = ?", spaceKey)
                + ao.deleteWithSQL(ReminderSettingsEntity.class, ReminderSettingsEntity.SPACE_KEY + " = ?", spaceKey));
    }

    /** The page is gone for good: the reminders about its items. */
    public int purgePage(long pageId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(ReminderSentEntity.class, ReminderSentEntity.PAGE_ID + " = ?", pageId));
    }

    /**
     * The page moved to {@code newSpaceKey}: the reminders about its items go with it, their tokens recomputed for the
     * new space, so what was sent is still never sent twice there. A row whose twin the new space already holds (the
     * page was there before) is dropped. The number of rows moved.
     */
    public int movePage(long pageId, String oldSpaceKey, String newSpaceKey) {
        return ao.executeInTransaction(() -> {
            int moved = 0;
            for (ReminderSentEntity e : ao.find(ReminderSentEntity.class, Query.select().where(
                    ReminderSentEntity.PAGE_ID + " = ? AND " + ReminderSentEntity.SPACE_KEY + " = ?", pageId, oldSpaceKey))) {
                String token = new Claim(newSpaceKey, e.getUserKey(), e.getItemKind(), e.getItemTitle(), e.getPageId(),
                        LocalDate.parse(e.getDueDay()), e.getRemindPeriod()).token();
                if (ao.count(ReminderSentEntity.class, Query.select().where(ReminderSentEntity.SENT_TOKEN + " = ?", token)) > 0) {
                    ao.delete(e);
                    continue;
                }
                e.setSpaceKey(newSpaceKey);
                e.setSentToken(token);
                e.save();
                moved++;
            }
            return moved;
        });
    }

    private static Sent sent(ReminderSentEntity e) {
        String to = e.getEscalatedTo();
        List<String> escalatedTo = to == null || to.isBlank() ? List.of() : List.of(to.split("\n"));
        return new Sent(e.getUserKey(), e.getItemKind(), e.getItemTitle(), e.getPageId(), LocalDate.parse(e.getDueDay()),
                e.getRemindPeriod(), escalatedTo, e.getOutcome(), e.getSentAt() == null ? null : e.getSentAt().toInstant());
    }

    private static ReminderSettings settings(ReminderSettingsEntity e) {
        String groups = e.getRemindGroups();
        return new ReminderSettings(e.getSpaceKey(), e.isEnabled(), e.getAfterDays(), e.getEveryDays(),
                e.isQuietWeekends(), e.getEscalateDays(),
                groups == null || groups.isBlank() ? List.of() : List.of(groups.split("\n")), e.getVersion(),
                e.getUpdatedBy(), e.getUpdatedAt() == null ? null : e.getUpdatedAt().toInstant());
    }

    private static String cut(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

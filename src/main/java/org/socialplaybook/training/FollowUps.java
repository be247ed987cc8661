package org.socialplaybook.training;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.socialplaybook.platform.FollowUpIntake;
import org.socialplaybook.platform.FollowUpRequest;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Text;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Programme;

/**
 * Turns a check-in that needs a follow-up into one on the space's follow-up board (the feedback capability), owned
 * by the programme's trainer and due in a week. Once per check-in: the board keys it by source
 * ({@code training-checkin} + the check-in's id), so a retry or a double click finds the same follow-up. Title and
 * description go as keys and arguments too, so the trainer reads them in their language, not the learner's.
 */
@Named
public class FollowUps {
    public static final String SOURCE_TYPE = "training-checkin";
    static final int DUE_IN_DAYS = 7;
    static final int MAX_TITLE = 200;

    private final FollowUpIntake intake;
    private final TrainingStore store;
    private final People people;
    private final I18nResolver i18n;

    @Inject
    public FollowUps(FollowUpIntake intake, TrainingStore store, People people, @ComponentImport I18nResolver i18n) {
        this.intake = intake;
        this.store = store;
        this.people = people;
        this.i18n = i18n;
    }

    /** Records the follow-up (or finds the one already recorded) and keeps its id with the check-in. */
    public long raise(Programme programme, Checkin checkin) {
        String name = people.describe(checkin.userKey()).displayName();
        LocalDate day = LocalDate.ofInstant(checkin.createdAt(), ZoneOffset.UTC);
        String confidence = String.valueOf(checkin.confidence());
        GeneratedText title = checkin.needsHelp()
                ? GeneratedText.of("social-playbook.training.followup.title-help", name, programme.title())
                : GeneratedText.of("social-playbook.training.followup.title-low", name, confidence, programme.title());
        GeneratedText description = GeneratedText.of("social-playbook.training.followup.description",
                name, programme.title(), day.toString(), confidence);
        if (checkin.needsHelp()) {
            description = description.then("social-playbook.training.followup.asked-help");
        }
        if (checkin.comment() != null && !checkin.comment().isBlank()) {
            description = description.then("social-playbook.training.followup.comment", checkin.comment());
        }
        Text authors = new Text(i18n, null);
        long id = intake.submit(new FollowUpRequest(programme.spaceKey(), null, shorten(title.render(authors)),
                description.render(authors), programme.trainerKey(), day.plusDays(DUE_IN_DAYS), checkin.userKey(),
                SOURCE_TYPE, String.valueOf(checkin.id()), title, description));
        store.transaction(() -> {
            store.setFollowUpId(checkin.id(), id);
            return null;
        });
        return id;
    }

    static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}

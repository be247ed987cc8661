package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Views;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.Urgency;

/**
 * The follow-up a request becomes, worded for the team reading their board: the topic, the text, who asked and how
 * urgently. As keys and arguments ({@link GeneratedText}: the board shows them in each reader's language; the topic
 * and text the sender typed are arguments, never translated) and as the sender's wording (the stored fallback).
 */
@Named
public class RequestTexts {
    /** The follow-ups' title limit (the feedback board's). */
    static final int MAX_TITLE = 200;

    private final Views views;
    private final People people;

    @Inject
    public RequestTexts(Views views, People people) {
        this.views = views;
        this.people = people;
    }

    public GeneratedText titleText(Card card, String topic) {
        return GeneratedText.of("social-playbook.team.request.followup-title", topic, card.name());
    }

    public GeneratedText descriptionText(Card card, String requesterKey, String text, Urgency urgency) {
        return new GeneratedText(List.of()).thenLiteral(text).thenLiteral("").then("social-playbook.team.request.followup-footer",
                people.describe(requesterKey).displayName(), card.name(),
                GeneratedText.message("social-playbook.team.urgency." + urgency.name().toLowerCase(Locale.ROOT)));
    }

    /** The title in the sender's language, cut to the board's limit. */
    public String title(GeneratedText title) {
        String text = title.render(views.readerText());
        return text.length() <= MAX_TITLE ? text : text.substring(0, MAX_TITLE - 1) + "…";
    }

    public String description(GeneratedText description) {
        return description.render(views.readerText());
    }
}

package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Views;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.Urgency;

/** The follow-up a request becomes, worded for the team reading their board: the topic, the text, who asked and how urgently. */
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

    public String title(Card card, String topic) {
        String title = views.text("social-playbook.team.request.followup-title", topic, card.name());
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    public String description(Card card, String requesterKey, String text, Urgency urgency) {
        return text + "\n\n" + views.text("social-playbook.team.request.followup-footer", people.describe(requesterKey).displayName(),
                card.name(), urgency(urgency));
    }

    public String urgency(Urgency urgency) {
        return views.text("social-playbook.team.urgency." + urgency.name().toLowerCase(Locale.ROOT));
    }
}

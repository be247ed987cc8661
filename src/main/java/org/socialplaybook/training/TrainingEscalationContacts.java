package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.socialplaybook.platform.EscalationContacts;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.training.Model.Programme;

/**
 * Who overdue training escalates to: the role-matrix activity named like the programme, else the programme's trainer.
 * The item is one of {@link TrainingOpenItems}' (its page is the programme's, its title "module (programme)").
 */
@Named
public class TrainingEscalationContacts implements EscalationContacts {
    private final TrainingStore store;

    @Inject
    public TrainingEscalationContacts(TrainingStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return TrainingOpenItems.KIND;
    }

    @Override
    public Contacts contactsFor(String spaceKey, OpenItem item) {
        for (Programme p : store.programmesInSpace(spaceKey)) {
            if (p.pageId() == item.pageId() && item.title().endsWith(" (" + p.title() + ")")) {
                return new Contacts(p.title(), p.trainerKey() == null ? Set.of() : Set.of(p.trainerKey()));
            }
        }
        return new Contacts(null, Set.of());
    }
}

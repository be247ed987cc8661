package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.EscalationContacts;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.PageBodies;
import org.socialplaybook.platform.StorageMacros;

/**
 * Who an overdue guideline escalates to: the role-matrix activity named like the guideline's title, else the block's
 * own "Ask: …" contacts ({@code escalation-users}, and the holders of {@code escalation-matrix} +
 * {@code escalation-role}), read from the guideline macro with that title on the item's page (the settings live in
 * the macro, not in the database). Names that no longer resolve are left out.
 */
@Named
public class GuidelineEscalationContacts implements EscalationContacts {
    private final PageBodies bodies;
    private final GuidelinePeople people;

    @Inject
    public GuidelineEscalationContacts(PageBodies bodies, GuidelinePeople people) {
        this.bodies = bodies;
        this.people = people;
    }

    @Override
    public String kind() {
        return GuidelineOpenItems.KIND;
    }

    @Override
    public Contacts contactsFor(String spaceKey, OpenItem item) {
        Set<String> contacts = new LinkedHashSet<>();
        String storage = bodies.body(item.pageId()).orElse("");
        for (Map<String, String> parameters : StorageMacros.parameters(storage, "guideline")) {
            if (!item.title().equals(trimmed(parameters.get(GuidelineParameters.TITLE)))) {
                continue;
            }
            String users = parameters.get(GuidelineParameters.ESCALATION_USERS);
            for (String token : users == null ? new String[0] : users.split(",")) {
                if (!token.isBlank()) {
                    people.userKey(token.trim()).ifPresent(contacts::add);
                }
            }
            people.roleHolders(spaceKey, trimmed(parameters.get(GuidelineParameters.ESCALATION_MATRIX)),
                    trimmed(parameters.get(GuidelineParameters.ESCALATION_ROLE))).ifPresent(contacts::addAll);
            break;
        }
        return new Contacts(item.title(), contacts);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

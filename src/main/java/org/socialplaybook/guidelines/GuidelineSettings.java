package org.socialplaybook.guidelines;

import java.util.List;
import java.util.Set;

/**
 * A guideline block's macro parameters, validated: identity (key, unique in the space), what it is (title,
 * category, level), who it is for and what it asks (audience, acknowledgement, due days, re-acknowledgement policy
 * and version label), who owns it, whom to ask, and the reading guard. People are user keys.
 */
public record GuidelineSettings(String key, String title, GuidelineCategory category, GuidelineLevel level,
                                Audience audience, boolean ackRequired, Integer dueDays, ReackPolicy policy,
                                String versionLabel, Set<String> owners, List<String> escalationUsers,
                                String escalationMatrix, String escalationRole, boolean readingGuard) {
    public GuidelineSettings {
        owners = Set.copyOf(owners);
        escalationUsers = List.copyOf(escalationUsers);
        versionLabel = versionLabel == null ? "" : versionLabel;
    }

    public boolean hasEscalationRole() {
        return escalationMatrix != null && escalationRole != null;
    }
}

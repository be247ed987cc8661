package org.socialplaybook.platform;

import java.time.Instant;
import java.util.List;

/**
 * One thing that changed in a space, as a capability reports it for "what changed this week": when, which area
 * ({@code role-matrix}, {@code guideline}), what it is called (the matrix's or guideline's name), a translated
 * one-line description (i18n key and its arguments, already readable text), who changed it (a user key or null)
 * and the page it lives on (0 when none): readers are only shown changes on pages they may view.
 */
public record SpaceChange(@IsoText Instant at, String area, String subject, String summaryKey, List<String> summaryArguments,
                          String byUserKey, long pageId) {
    public SpaceChange {
        summaryArguments = List.copyOf(summaryArguments);
    }
}

package org.socialplaybook.platform;

import java.time.Instant;
import java.util.List;

/**
 * What changed in one thing of a space over a stretch of time, as a capability reports it for "what changed this
 * week": its net change, not every step on the way. When it last changed, which area ({@code role-matrix},
 * {@code guideline}), what it is called (the matrix's or guideline's name), the parts of its net change (each an
 * i18n key and its arguments, already readable text, e.g. "3 cells changed", "1 role added"), who made the changes
 * (user keys, first editor first; empty when not known) and the page it lives on (0 when none): readers are only
 * shown changes on pages they may view.
 */
public record SpaceChange(@IsoText Instant at, String area, String subject, List<Part> parts, List<String> byUserKeys,
                          long pageId) {
    public SpaceChange {
        parts = List.copyOf(parts);
        byUserKeys = List.copyOf(byUserKeys);
    }

    /** One part of a net change: a translated text's key and its arguments (texts, and numbers for counts). */
    public record Part(String key, List<Object> arguments) {
        public Part {
            arguments = List.copyOf(arguments);
        }
    }
}

package org.socialplaybook.news;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/**
 * A space's Monday digest settings. A space that never saved any has the defaults: off, the server's time zone,
 * no readers, mail on, no allowed hosts (so no feed can be read until an administrator allows its host).
 */
public record DigestSettings(String spaceKey, boolean enabled, @IsoText ZoneId zone, boolean mail, List<String> readerUsers,
                             List<String> readerGroups, List<String> allowedHosts, int version, String updatedBy,
                             @IsoText Instant updatedAt) {
    public DigestSettings {
        readerUsers = List.copyOf(readerUsers);
        readerGroups = List.copyOf(readerGroups);
        allowedHosts = List.copyOf(allowedHosts);
    }

    public static DigestSettings defaults(String spaceKey) {
        return new DigestSettings(spaceKey, false, ZoneId.systemDefault(), true, List.of(), List.of(), List.of(), 0,
                null, null);
    }

    public Allowlist allowlist() {
        return Allowlist.of(allowedHosts);
    }
}

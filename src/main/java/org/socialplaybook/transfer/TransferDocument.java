package org.socialplaybook.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.IsoText;

/**
 * The export document: {@code {format, version, exportedAt, sourceSpace, capabilities: {roles: [...], ...}}}, each
 * capability's items as its {@link org.socialplaybook.platform.SpaceDataPort} writes them. Version 2 added the
 * team requests, training check-ins and history, the matrices' change logs and the follow-ups' source ids; a version
 * 1 document still reads (those lists absent), a newer one is refused.
 */
public record TransferDocument(String format, int version, @IsoText Instant exportedAt, String sourceSpace,
                               Map<String, List<?>> capabilities) {
    public static final String FORMAT = "social-playbook-space";
    public static final int VERSION = 2;
}

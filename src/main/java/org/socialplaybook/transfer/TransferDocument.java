package org.socialplaybook.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.IsoText;

/**
 * The export document: {@code {format, version, exportedAt, sourceSpace, capabilities: {roles: [...], ...}}}, each
 * capability's items as its {@link org.socialplaybook.platform.SpaceDataPort} writes them.
 */
public record TransferDocument(String format, int version, @IsoText Instant exportedAt, String sourceSpace,
                               Map<String, List<?>> capabilities) {
    public static final String FORMAT = "social-playbook-space";
    public static final int VERSION = 1;
}

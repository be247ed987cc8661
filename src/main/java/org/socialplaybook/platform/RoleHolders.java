package org.socialplaybook.platform;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The people of one role in a role matrix, told apart: {@code holders} hold the role, {@code deputies} stand in for
 * them (they do not hold it). Someone recorded as both is a holder only. Both sets keep the matrix's order.
 */
public record RoleHolders(Set<String> holders, Set<String> deputies) {
    public RoleHolders {
        holders = Collections.unmodifiableSet(new LinkedHashSet<>(holders));
        Set<String> onlyDeputies = new LinkedHashSet<>(deputies);
        onlyDeputies.removeAll(holders);
        deputies = Collections.unmodifiableSet(onlyDeputies);
    }

    /** Holders first, then deputies: what {@link RoleDirectory#roles} answers for the role. */
    public Set<String> everyone() {
        Set<String> all = new LinkedHashSet<>(holders);
        all.addAll(deputies);
        return Collections.unmodifiableSet(all);
    }
}

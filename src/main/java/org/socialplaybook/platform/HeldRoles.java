package org.socialplaybook.platform;

import java.util.List;

/** The roles one person holds in one role matrix ({@code deputy}: only as a deputy), with the matrix's home page. */
public record HeldRoles(String spaceKey, String matrixName, long pageId, List<String> roles, boolean deputy) {
    public HeldRoles {
        roles = List.copyOf(roles);
    }
}

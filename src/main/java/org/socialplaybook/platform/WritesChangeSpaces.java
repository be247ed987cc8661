package org.socialplaybook.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * After every successful write through the plugin's REST API (any method but GET, HEAD and OPTIONS answered 2xx), the
 * spaces' versions change ({@link SpaceVersions}): the resource has returned, so its transaction has committed and
 * the next overview or digest preview is worked out from the new data. A refused write (400, 403, 409, …) changed
 * nothing and keeps them.
 */
@Provider
public class WritesChangeSpaces implements ContainerResponseFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final SpaceVersions versions;

    @Inject
    public WritesChangeSpaces(SpaceVersions versions) {
        this.versions = versions;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod()) && response.getStatus() / 100 == 2) {
            versions.changedAnywhere();
        }
    }
}

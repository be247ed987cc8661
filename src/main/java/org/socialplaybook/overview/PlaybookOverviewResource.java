package org.socialplaybook.overview;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.socialplaybook.platform.PageAccess;

/** {@code GET /spaces/{spaceKey}/overview}: the eight steps' status, for anyone who can view the space. */
@LicensedOnly
@Path("/spaces/{spaceKey}/overview")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybookOverviewResource {
    private final PlaybookOverviewService service;
    private final PageAccess pageAccess;

    @Inject
    public PlaybookOverviewResource(PlaybookOverviewService service, PageAccess pageAccess) {
        this.service = service;
        this.pageAccess = pageAccess;
    }

    @GET
    public PlaybookOverview get(@PathParam("spaceKey") String spaceKey) {
        pageAccess.requireSpaceView(spaceKey);
        return service.overview(spaceKey);
    }
}

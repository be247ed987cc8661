package org.socialplaybook.news;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /news/{pageId}/…}: the sources, headlines and Monday digest of the page's space, for logged-in users
 * (unannotated: licensed users). Reading needs view permission on the page, adding and removing needs edit
 * permission, the settings and "publish now" need space administration; every check is in the services.
 */
@LicensedOnly
@Path("/news/{pageId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsResource {
    private final NewsService news;
    private final DigestService digests;

    @Inject
    public NewsResource(NewsService news, DigestService digests) {
        this.news = news;
        this.digests = digests;
    }

    @GET
    @Path("headlines")
    public List<Headline> headlines(@PathParam("pageId") long pageId, @QueryParam("tag") String tag,
                                    @QueryParam("limit") @DefaultValue("20") int limit) {
        return news.headlines(pageId, tag, limit);
    }

    @POST
    @Path("headlines")
    public Response addHeadline(@PathParam("pageId") long pageId, Requests.HeadlineBody body) {
        return Response.status(201).entity(news.addHeadline(pageId, body)).build();
    }

    @DELETE
    @Path("headlines/{id}")
    public Response deleteHeadline(@PathParam("pageId") long pageId, @PathParam("id") int id) {
        news.deleteHeadline(pageId, id);
        return Response.noContent().build();
    }

    @GET
    @Path("sources")
    public List<Source> sources(@PathParam("pageId") long pageId) {
        return news.sources(pageId);
    }

    @POST
    @Path("sources")
    public Response addSource(@PathParam("pageId") long pageId, Requests.SourceBody body) {
        return Response.status(201).entity(news.addSource(pageId, body)).build();
    }

    @DELETE
    @Path("sources/{id}")
    public Response deleteSource(@PathParam("pageId") long pageId, @PathParam("id") int id) {
        news.deleteSource(pageId, id);
        return Response.noContent().build();
    }

    @POST
    @Path("sources/{id}/refresh")
    public Map<String, Integer> refresh(@PathParam("pageId") long pageId, @PathParam("id") int id) {
        return Map.of("added", news.refresh(pageId, id));
    }

    @GET
    @Path("settings")
    public DigestSettings settings(@PathParam("pageId") long pageId) {
        return news.settings(pageId);
    }

    @PUT
    @Path("settings")
    public DigestSettings saveSettings(@PathParam("pageId") long pageId, Requests.SettingsBody body) {
        return news.saveSettings(pageId, body);
    }

    @GET
    @Path("digest/preview")
    public DigestService.Preview preview(@PathParam("pageId") long pageId) {
        return digests.preview(pageId);
    }

    @GET
    @Path("digests")
    public List<DigestIssue> archive(@PathParam("pageId") long pageId) {
        return digests.archive(pageId);
    }

    @POST
    @Path("digest/publish")
    public DigestPublisher.Outcome publish(@PathParam("pageId") long pageId) {
        return digests.publishNow(pageId);
    }
}

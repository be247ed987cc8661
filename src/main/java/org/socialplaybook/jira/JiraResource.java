package org.socialplaybook.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;

/**
 * {@code /jira/spaces/{spaceKey}/...}: the space's Jira connection (space admins; the token is write-only) and what
 * the create dialog needs from Jira (projects, issue types; anyone who can view the space and is logged in).
 */
@LicensedOnly
@Path("/jira/spaces/{spaceKey}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JiraResource {
    private final JiraConnectionService connections;
    private final JiraGateway gateway;
    private final PageAccess access;
    private final CurrentUser currentUser;
    private final I18nResolver i18n;

    @Inject
    public JiraResource(JiraConnectionService connections, JiraGateway gateway, PageAccess access,
                        CurrentUser currentUser, @ComponentImport I18nResolver i18n) {
        this.connections = connections;
        this.gateway = gateway;
        this.access = access;
        this.currentUser = currentUser;
        this.i18n = i18n;
    }

    @GET
    @Path("connection")
    public JiraConnectionService.View connection(@PathParam("spaceKey") String spaceKey) {
        return connections.view(spaceKey);
    }

    @PUT
    @Path("connection")
    public JiraConnectionService.View save(@PathParam("spaceKey") String spaceKey, JiraConnectionService.Change change) {
        return connections.save(spaceKey, change);
    }

    @DELETE
    @Path("connection")
    public Response delete(@PathParam("spaceKey") String spaceKey) {
        connections.delete(spaceKey);
        return Response.noContent().build();
    }

    @POST
    @Path("connection/test")
    public JiraConnectionService.TestResult test(@PathParam("spaceKey") String spaceKey) {
        return connections.test(spaceKey, i18n::getText);
    }

    @GET
    @Path("projects")
    public List<JiraProject> projects(@PathParam("spaceKey") String spaceKey) {
        access.requireSpaceView(spaceKey);
        currentUser.requireKey();
        return unavailableOnFailure(() -> gateway.require(spaceKey).projects());
    }

    @GET
    @Path("projects/{projectKey}/issuetypes")
    public List<JiraIssueType> issueTypes(@PathParam("spaceKey") String spaceKey, @PathParam("projectKey") String projectKey) {
        access.requireSpaceView(spaceKey);
        currentUser.requireKey();
        return unavailableOnFailure(() -> gateway.require(spaceKey).issueTypes(projectKey));
    }

    private static <T> T unavailableOnFailure(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (JiraException e) {
            throw unavailable(e);
        }
    }

    /** A Jira failure as the REST answer: 404 for "no such thing in Jira", otherwise 503 with the reason. */
    public static PlaybookException unavailable(JiraException e) {
        if (e.failure() == JiraFailure.NOT_FOUND) {
            return PlaybookException.notFound(e.failure().i18nKey());
        }
        return new PlaybookException(PlaybookException.Kind.UNAVAILABLE, e.failure().i18nKey(), null);
    }
}

package org.socialplaybook.goals;

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
import org.socialplaybook.goals.GoalState.GoalSetState;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.platform.PlaybookException;

/**
 * {@code /goal-sets/{id}}: goals over REST, for licensed (logged-in) users. Reading needs view permission on the page
 * that owns the goals, changing needs edit permission (both checked in {@link GoalService}); every change carries the
 * version it was made on (409 when stale) and answers the goals as they now are.
 */
@LicensedOnly
@Path("/goal-sets/{setId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalsResource {
    private final GoalService service;
    private final GoalsRenderer renderer;

    @Inject
    public GoalsResource(GoalService service, GoalsRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    /** The macro's HTML as the caller sees it, for the page's script to redraw after a change. */
    public record Fragment(int version, String html) {
    }

    @GET
    public GoalSetState get(@PathParam("setId") int setId) {
        return renderer.state(service.view(setId));
    }

    @GET
    @Path("fragment")
    public Fragment fragment(@PathParam("setId") int setId, @QueryParam("why") @DefaultValue("true") boolean why,
                             @QueryParam("trend") @DefaultValue("true") boolean trend) {
        GoalData data = service.view(setId);
        return new Fragment(data.set().version(), renderer.render(data, new GoalViews.Options(why, trend)));
    }

    @POST
    @Path("goals")
    public GoalSetState addGoal(@PathParam("setId") int setId, GoalRequests.GoalBody body) {
        return renderer.state(service.addGoal(setId, required(body)));
    }

    @PUT
    @Path("goals/order")
    public GoalSetState reorderGoals(@PathParam("setId") int setId, GoalRequests.OrderBody body) {
        return renderer.state(service.reorderGoals(setId, required(body)));
    }

    @PUT
    @Path("goals/{goalId}")
    public GoalSetState updateGoal(@PathParam("setId") int setId, @PathParam("goalId") int goalId, GoalRequests.GoalBody body) {
        return renderer.state(service.updateGoal(setId, goalId, required(body)));
    }

    @DELETE
    @Path("goals/{goalId}")
    public GoalSetState deleteGoal(@PathParam("setId") int setId, @PathParam("goalId") int goalId,
                                   @QueryParam("version") Integer version) {
        return renderer.state(service.deleteGoal(setId, goalId, version));
    }

    @POST
    @Path("goals/{goalId}/objectives")
    public GoalSetState addObjective(@PathParam("setId") int setId, @PathParam("goalId") int goalId,
                                     GoalRequests.ObjectiveBody body) {
        return renderer.state(service.addObjective(setId, goalId, required(body)));
    }

    @PUT
    @Path("goals/{goalId}/objectives/order")
    public GoalSetState reorderObjectives(@PathParam("setId") int setId, @PathParam("goalId") int goalId,
                                          GoalRequests.OrderBody body) {
        return renderer.state(service.reorderObjectives(setId, goalId, required(body)));
    }

    @PUT
    @Path("objectives/{objectiveId}")
    public GoalSetState updateObjective(@PathParam("setId") int setId, @PathParam("objectiveId") int objectiveId,
                                        GoalRequests.ObjectiveBody body) {
        return renderer.state(service.updateObjective(setId, objectiveId, required(body)));
    }

    @DELETE
    @Path("objectives/{objectiveId}")
    public GoalSetState deleteObjective(@PathParam("setId") int setId, @PathParam("objectiveId") int objectiveId,
                                        @QueryParam("version") Integer version) {
        return renderer.state(service.deleteObjective(setId, objectiveId, version));
    }

    @POST
    @Path("objectives/{objectiveId}/values")
    public GoalSetState recordValue(@PathParam("setId") int setId, @PathParam("objectiveId") int objectiveId,
                                    GoalRequests.ValueBody body) {
        return renderer.state(service.recordValue(setId, objectiveId, required(body)));
    }

    @POST
    @Path("objectives/{objectiveId}/contributions")
    public GoalSetState addContribution(@PathParam("setId") int setId, @PathParam("objectiveId") int objectiveId,
                                        GoalRequests.ContributionBody body) {
        return renderer.state(service.addContribution(setId, objectiveId, required(body)));
    }

    @PUT
    @Path("contributions/{contributionId}")
    public GoalSetState updateContribution(@PathParam("setId") int setId, @PathParam("contributionId") int contributionId,
                                           GoalRequests.ContributionBody body) {
        return renderer.state(service.updateContribution(setId, contributionId, required(body)));
    }

    @DELETE
    @Path("contributions/{contributionId}")
    public GoalSetState deleteContribution(@PathParam("setId") int setId, @PathParam("contributionId") int contributionId,
                                           @QueryParam("version") Integer version) {
        return renderer.state(service.deleteContribution(setId, contributionId, version));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        return body;
    }
}

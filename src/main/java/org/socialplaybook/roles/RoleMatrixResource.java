package org.socialplaybook.roles;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.socialplaybook.platform.CsvDownload;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.State.CellChange;
import org.socialplaybook.roles.State.CellView;
import org.socialplaybook.roles.State.MatrixState;

/**
 * {@code /role-matrices/{id}}: the role matrix over REST, for licensed (logged-in) users. Reads and "I'll own this"
 * need view permission on the matrix's page, changes need edit permission (checked in {@link RoleMatrixService});
 * every change carries the version it was made on and answers the matrix as it now is.
 */
@LicensedOnly
@Path("/role-matrices/{matrixId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleMatrixResource {
    private final RoleMatrixService service;
    private final RoleMatrixViews views;
    private final CurrentUser currentUser;

    @Inject
    public RoleMatrixResource(RoleMatrixService service, RoleMatrixViews views, CurrentUser currentUser) {
        this.service = service;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    public MatrixState get(@PathParam("matrixId") int matrixId) {
        return state(service.view(matrixId));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("matrixId") int matrixId) {
        MatrixData data = service.view(matrixId);
        return CsvDownload.of("role-matrix-" + data.matrix().name() + ".csv", RoleMatrixCsv.write(data));
    }

    @POST
    @Path("roles")
    public MatrixState addRole(@PathParam("matrixId") int matrixId, Requests.RoleBody body) {
        return state(service.addRole(matrixId, required(body)));
    }

    @PUT
    @Path("roles/order")
    public MatrixState reorderRoles(@PathParam("matrixId") int matrixId, Requests.OrderBody body) {
        return state(service.reorderRoles(matrixId, required(body)));
    }

    @PUT
    @Path("roles/{roleId}")
    public MatrixState renameRole(@PathParam("matrixId") int matrixId, @PathParam("roleId") int roleId, Requests.RoleBody body) {
        return state(service.renameRole(matrixId, roleId, required(body)));
    }

    @DELETE
    @Path("roles/{roleId}")
    public MatrixState deleteRole(@PathParam("matrixId") int matrixId, @PathParam("roleId") int roleId,
                                  @QueryParam("version") Integer version) {
        return state(service.deleteRole(matrixId, roleId, version));
    }

    @POST
    @Path("roles/{roleId}/people")
    public MatrixState addPerson(@PathParam("matrixId") int matrixId, @PathParam("roleId") int roleId, Requests.PersonBody body) {
        return state(service.addPerson(matrixId, roleId, required(body)));
    }

    @DELETE
    @Path("roles/{roleId}/people/{userKey}")
    public MatrixState removePerson(@PathParam("matrixId") int matrixId, @PathParam("roleId") int roleId,
                                    @PathParam("userKey") String userKey, @QueryParam("version") Integer version) {
        return state(service.removePerson(matrixId, roleId, userKey, version));
    }

    @PUT
    @Path("roles/{roleId}/deputy")
    public MatrixState setDeputy(@PathParam("matrixId") int matrixId, @PathParam("roleId") int roleId, Requests.PersonBody body) {
        return state(service.setDeputy(matrixId, roleId, required(body)));
    }

    @POST
    @Path("activities")
    public MatrixState addActivity(@PathParam("matrixId") int matrixId, Requests.ActivityBody body) {
        return state(service.addActivity(matrixId, required(body)));
    }

    @PUT
    @Path("activities/order")
    public MatrixState reorderActivities(@PathParam("matrixId") int matrixId, Requests.OrderBody body) {
        return state(service.reorderActivities(matrixId, required(body)));
    }

    @PUT
    @Path("activities/{activityId}")
    public MatrixState updateActivity(@PathParam("matrixId") int matrixId, @PathParam("activityId") int activityId,
                                      Requests.ActivityBody body) {
        return state(service.updateActivity(matrixId, activityId, required(body)));
    }

    @DELETE
    @Path("activities/{activityId}")
    public MatrixState deleteActivity(@PathParam("matrixId") int matrixId, @PathParam("activityId") int activityId,
                                      @QueryParam("version") Integer version) {
        return state(service.deleteActivity(matrixId, activityId, version));
    }

    /** One cell: answers only the new version, the cell and the problems (a matrix can be large). */
    @PUT
    @Path("cells")
    public CellChange setCell(@PathParam("matrixId") int matrixId, Requests.CellBody body) {
        Requests.CellBody cell = required(body);
        MatrixData data = service.setCell(matrixId, cell);
        String letters = data.cells().stream()
                .filter(c -> c.roleId() == cell.roleId() && c.activityId() == cell.activityId())
                .map(Cell::letters).map(Letters::code).findFirst().orElse("");
        return new CellChange(data.matrix().version(), new CellView(cell.roleId(), cell.activityId(), letters),
                views.problems(data, views.peopleOf(data), RaciRules.check(data, data.matrix().overloadLimit())));
    }

    @POST
    @Path("proposals")
    public MatrixState propose(@PathParam("matrixId") int matrixId, Requests.ProposalBody body) {
        return state(service.propose(matrixId, required(body)));
    }

    @DELETE
    @Path("proposals/{proposalId}")
    public MatrixState withdraw(@PathParam("matrixId") int matrixId, @PathParam("proposalId") int proposalId) {
        return state(service.withdraw(matrixId, proposalId));
    }

    @POST
    @Path("proposals/{proposalId}/accept")
    public MatrixState accept(@PathParam("matrixId") int matrixId, @PathParam("proposalId") int proposalId,
                              Requests.AcceptBody body) {
        return state(service.accept(matrixId, proposalId, required(body)));
    }

    @POST
    @Path("proposals/{proposalId}/decline")
    public MatrixState decline(@PathParam("matrixId") int matrixId, @PathParam("proposalId") int proposalId) {
        return state(service.decline(matrixId, proposalId));
    }

    @POST
    @Path("import/preview")
    public State.ImportPreviewView previewImport(@PathParam("matrixId") int matrixId, Requests.ImportBody body) {
        return views.preview(service.previewImport(matrixId, required(body)));
    }

    @POST
    @Path("import")
    public MatrixState applyImport(@PathParam("matrixId") int matrixId, Requests.ImportBody body) {
        return state(service.applyImport(matrixId, required(body)));
    }

    private MatrixState state(MatrixData data) {
        return views.state(data, currentUser.key().orElse(null), service.canEdit(data.matrix()));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        return body;
    }

}

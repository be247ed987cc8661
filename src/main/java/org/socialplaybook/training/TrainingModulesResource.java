package org.socialplaybook.training;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /training/programmes/{id}/modules}: a programme's modules, changed in view mode by whoever may edit the
 * programme's page (checked in {@link ProgrammeService}); every change carries the programme's version and answers
 * the modules as they now are with the next version.
 */
@LicensedOnly
@Path("/training/programmes/{programmeId}/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingModulesResource {
    private final ProgrammeService programmes;
    private final TrainingViews views;

    @Inject
    public TrainingModulesResource(ProgrammeService programmes, TrainingViews views) {
        this.programmes = programmes;
        this.views = views;
    }

    /** The modules after a change, with the version the next change must carry. */
    public record ModulesResponse(int version, List<TrainingViews.ModuleView> modules) {
    }

    @POST
    public ModulesResponse add(@PathParam("programmeId") int programmeId, Requests.ModuleBody body) {
        return modules(programmeId, programmes.addModule(programmeId, TrainingResource.required(body)));
    }

    @PUT
    @Path("order")
    public ModulesResponse reorder(@PathParam("programmeId") int programmeId, Requests.OrderBody body) {
        return modules(programmeId, programmes.reorderModules(programmeId, TrainingResource.required(body)));
    }

    @PUT
    @Path("{moduleId}")
    public ModulesResponse update(@PathParam("programmeId") int programmeId, @PathParam("moduleId") int moduleId,
                                  Requests.ModuleBody body) {
        return modules(programmeId, programmes.updateModule(programmeId, moduleId, TrainingResource.required(body)));
    }

    @DELETE
    @Path("{moduleId}")
    public ModulesResponse delete(@PathParam("programmeId") int programmeId, @PathParam("moduleId") int moduleId,
                                  @QueryParam("version") Integer version) {
        return modules(programmeId, programmes.deleteModule(programmeId, moduleId, version));
    }

    private ModulesResponse modules(int programmeId, List<Model.Module> modules) {
        return new ModulesResponse(programmes.version(programmeId), views.modules(modules));
    }
}

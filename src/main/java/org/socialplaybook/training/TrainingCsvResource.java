package org.socialplaybook.training;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.socialplaybook.platform.CsvDownload;
import org.socialplaybook.training.Model.Programme;

/**
 * {@code /training/programmes/{id}/csv}: export everyone's status (GET), preview an import ({@code POST preview}:
 * the changes and every bad row by line, nothing changed) and import ({@code POST}: all rows in one transaction,
 * refused while any row is bad). Trainers only (edit permission on the programme's page, checked in the services).
 */
@LicensedOnly
@Path("/training/programmes/{programmeId}/csv")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingCsvResource {
    private final ProgrammeService programmes;
    private final TrainingCsv csv;

    @Inject
    public TrainingCsvResource(ProgrammeService programmes, TrainingCsv csv) {
        this.programmes = programmes;
        this.csv = csv;
    }

    @GET
    @Produces("text/csv")
    public Response export(@PathParam("programmeId") int programmeId) {
        Programme p = programmes.editable(programmeId);
        return CsvDownload.of("training-" + p.code() + ".csv", csv.export(programmeId));
    }

    @POST
    @Path("preview")
    public TrainingCsv.Preview preview(@PathParam("programmeId") int programmeId, Requests.ImportBody body) {
        return csv.preview(programmeId, TrainingResource.required(body));
    }

    @POST
    public TrainingResource.Changed importRows(@PathParam("programmeId") int programmeId, Requests.ImportBody body) {
        return new TrainingResource.Changed(csv.apply(programmeId, TrainingResource.required(body)));
    }
}

package org.socialplaybook.guidelines;

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
import java.util.List;
import org.socialplaybook.guidelines.GuidelineViews.ReaderStatusView;
import org.socialplaybook.guidelines.GuidelineViews.ReportView;
import org.socialplaybook.guidelines.GuidelineViews.WaitingView;
import org.socialplaybook.platform.CsvDownload;

/**
 * {@code /guidelines/{spaceKey}/…}, for logged-in licensed users (no annotation): a reader's status and "I have
 * read and accept" (as themselves, on pages they can view), what waits for them in a space, and the report with
 * its CSV for the guideline's owners and the space's admins.
 */
@LicensedOnly
@Path("/guidelines/{spaceKey}")
@Produces(MediaType.APPLICATION_JSON)
public class GuidelineResource {
    private final GuidelineService service;
    private final GuidelineReports reports;
    private final GuidelineTexts texts;

    @Inject
    public GuidelineResource(GuidelineService service, GuidelineReports reports, GuidelineTexts texts) {
        this.service = service;
        this.reports = reports;
        this.texts = texts;
    }

    /** The guidelines of the space that wait for the caller, overdue first. */
    @GET
    @Path("/mine")
    public List<WaitingView> mine(@PathParam("spaceKey") String spaceKey) {
        return texts.waiting(service.waitingFor(spaceKey));
    }

    @GET
    @Path("/{key}/status")
    public ReaderStatusView status(@PathParam("spaceKey") String spaceKey, @PathParam("key") String key) {
        return texts.reader(service.situation(service.requireVisible(spaceKey, key)));
    }

    /** "I have read and accept" the version {@code versionId}; the same version twice is recorded once. */
    @POST
    @Path("/{key}/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReaderStatusView acknowledge(@PathParam("spaceKey") String spaceKey, @PathParam("key") String key,
                                        AcknowledgeRequest request) {
        return texts.reader(service.acknowledge(spaceKey, key, request));
    }

    @GET
    @Path("/{key}/report")
    public ReportView report(@PathParam("spaceKey") String spaceKey, @PathParam("key") String key) {
        return texts.report(reports.report(spaceKey, key));
    }

    @GET
    @Path("/{key}/report.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("spaceKey") String spaceKey, @PathParam("key") String key) {
        ReportView report = texts.report(reports.report(spaceKey, key));
        return CsvDownload.of("guideline-" + report.spaceKey() + "-" + report.key() + ".csv", texts.csv(report));
    }
}

package org.socialplaybook.reminders;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /reminders/{pageId}/…}: the reminders of the page's space, for its administrators only (licensed users;
 * view permission on the page and space administration are checked in the service; JSON only, so Atlassian REST's
 * XSRF check applies to the PUT and the POST).
 */
@LicensedOnly
@Path("/reminders/{pageId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {
    private final ReminderService service;

    @Inject
    public ReminderResource(ReminderService service) {
        this.service = service;
    }

    @GET
    @Path("settings")
    public ReminderSettings settings(@PathParam("pageId") long pageId) {
        return service.settings(pageId);
    }

    @PUT
    @Path("settings")
    public ReminderSettings save(@PathParam("pageId") long pageId, ReminderService.SettingsBody body) {
        return service.save(pageId, body);
    }

    /** "Send reminders now": this space's reminders once, never what was sent before. */
    @POST
    @Path("send-now")
    public ReminderService.SendNowAnswer sendNow(@PathParam("pageId") long pageId) {
        return service.sendNow(pageId);
    }

    @GET
    @Path("report")
    public List<ReminderService.ReportRow> report(@PathParam("pageId") long pageId) {
        return service.report(pageId);
    }
}

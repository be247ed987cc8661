package org.socialplaybook.transfer;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.socialplaybook.platform.PlaybookException;

/**
 * {@code /spaces/{spaceKey}/playbook-data}: export the space's playbook data as one JSON document ({@code GET}, a
 * download), preview an import into the space ({@code POST preview}, the document as the body; nothing changes) and
 * import it ({@code POST}: refused with 400 while the preview has an error or a collision; otherwise everything in
 * one transaction). Space admins only (checked in {@link TransferService}); the POSTs take JSON bodies only, which
 * Atlassian REST's XSRF check lets through, as every JSON call of the plugin.
 */
@LicensedOnly
@Path("/spaces/{spaceKey}/playbook-data")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {
    private final TransferService service;

    @Inject
    public TransferResource(TransferService service) {
        this.service = service;
    }

    @GET
    public Response export(@PathParam("spaceKey") String spaceKey) {
        String document = service.export(spaceKey);
        String fileName = ("playbook-" + spaceKey + ".json").replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(document.getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferPreview preview(@PathParam("spaceKey") String spaceKey, InputStream body) {
        return service.preview(spaceKey, read(body));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferPreview importDocument(@PathParam("spaceKey") String spaceKey, InputStream body) {
        return service.importDocument(spaceKey, read(body));
    }

    /** The body as text, at most {@link TransferService#MAX_CHARS} bytes read (more: 400, nothing read further). */
    private static String read(InputStream body) {
        if (body == null) {
            return "";
        }
        try {
            byte[] bytes = body.readNBytes(TransferService.MAX_CHARS + 1);
            if (bytes.length > TransferService.MAX_CHARS) {
                throw PlaybookException.invalid("social-playbook.transfer.error.too-large",
                        TransferService.MAX_CHARS / (1024 * 1024));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlaybookException.invalid("social-playbook.transfer.error.empty");
        }
    }
}

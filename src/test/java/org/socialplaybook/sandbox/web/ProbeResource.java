package org.socialplaybook.sandbox.web;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PlaybookException;

/** A resource that exists only in tests, to exercise the sandbox's Atlassian REST rules from the outside. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
    public record Echo(String text, int count) {
    }

    private final CurrentUser currentUser;

    @Inject
    public ProbeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    @Path("licensed")
    public Map<String, String> licensed() {
        return Map.of("user", currentUser.requireKey());
    }

    @GET
    @Path("open")
    @UnrestrictedAccess
    public Map<String, Boolean> open() {
        return Map.of("anonymous", currentUser.key().isEmpty());
    }

    @GET
    @Path("admin")
    @AdminOnly
    public Map<String, String> admin() {
        return Map.of("user", currentUser.requireKey());
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Echo echo(Echo body) {
        return body;
    }

    @POST
    @Path("form")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN, MediaType.MULTIPART_FORM_DATA})
    public Map<String, String> form(String body) {
        return Map.of("received", body);
    }

    @POST
    @Path("excluded")
    @XsrfProtectionExcluded
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, String> excluded(String body) {
        return Map.of("received", body);
    }

    @GET
    @Path("invalid")
    public Map<String, String> invalid() {
        throw PlaybookException.invalidField("pageId", "social-playbook.error.page-not-found", 7);
    }

    @GET
    @Path("boom")
    public Map<String, String> boom() {
        throw new IllegalStateException("secret internal detail");
    }
}

package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals in our error shape, so that no REST error is the container's HTML page.
 * A path or query parameter that cannot be converted to its declared type ({@code ?limit=abc}, an id beyond
 * {@code int}) is raised by the runtime as a 404 whose cause is the conversion failure (JAX-RS 3.1 §3.2); that is
 * bad input, so it answers 400. An unknown path stays 404, a wrong method 405, an unreadable content type 415, each
 * with its own key. Only the {@code jakarta.ws.rs} API is used, so the same mapper serves in Confluence.
 */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {
    static final String BAD_PARAMETER = "social-playbook.error.bad-parameter";
    static final String NOT_FOUND = "social-playbook.error.not-found";
    static final String METHOD = "social-playbook.error.method-not-allowed";
    static final String MEDIA_TYPE = "social-playbook.error.unsupported-media-type";
    static final String NOT_ACCEPTABLE = "social-playbook.error.not-acceptable";
    static final String OTHER = "social-playbook.error.request-refused";

    private final I18nResolver i18n;

    @Inject
    public WebErrorMapper(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (original.hasEntity()) {
            return original;
        }
        String key;
        if (status == 404 && e.getCause() != null) {
            status = 400;
            key = BAD_PARAMETER;
        } else {
            key = switch (status) {
                case 400 -> BAD_PARAMETER;
                case 404 -> NOT_FOUND;
                case 405 -> METHOD;
                case 406 -> NOT_ACCEPTABLE;
                case 415 -> MEDIA_TYPE;
                default -> OTHER;
            };
        }
        ErrorBody body = new ErrorBody(status, key, i18n.getText(key, status), null);
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}

package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: logged once with a reference, answered with a translated 500 that shows the reference
 * and never the exception's own text. JAX-RS' own errors (404, 405, 415, a parameter that does not convert) are
 * {@link WebErrorMapper}'s; a database too busy to answer in time is a translated 503 or 409 ({@link DatabaseBusy}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);
    static final String KEY = "social-playbook.error.unexpected";

    private final I18nResolver i18n;

    @Inject
    public UnexpectedErrorMapper(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException wae) {
            return wae.getResponse();
        }
        PlaybookException busy = DatabaseBusy.translate(e);
        if (busy != null) {
            LOG.warn("Database too busy to answer: {}", e.toString());
            return new PlaybookExceptionMapper(i18n).toResponse(busy);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, e);
        ErrorBody body = new ErrorBody(500, KEY, i18n.getText(KEY, reference), null);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

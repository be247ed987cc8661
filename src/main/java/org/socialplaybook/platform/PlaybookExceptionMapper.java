package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a {@link PlaybookException} into its HTTP status and the translated {@link ErrorBody}. */
@Provider
public class PlaybookExceptionMapper implements ExceptionMapper<PlaybookException> {
    private final I18nResolver i18n;

    @Inject
    public PlaybookExceptionMapper(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(PlaybookException e) {
        int status = e.kind().status();
        ErrorBody body = new ErrorBody(status, e.key(), i18n.getText(e.key(), e.arguments()), e.field());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON we expect: 400 with a translated message, never the parser's own text. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonProcessingException> {
    static final String KEY = "social-playbook.error.malformed-json";

    private final I18nResolver i18n;

    @Inject
    public MalformedJsonMapper(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        ErrorBody body = new ErrorBody(400, KEY, i18n.getText(KEY), null);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

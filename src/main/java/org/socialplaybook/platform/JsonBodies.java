package org.socialplaybook.platform;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Every JSON request body of the plugin's REST resources, read with {@link Json}'s strict mapper instead of
 * whichever ObjectMapper the product's REST layer has (responses are written by the product's mapper; their
 * shapes do not depend on its configuration, see {@link IsoText}).
 *
 * <p>Why a reader of our own rather than a {@code ContextResolver<ObjectMapper>} or per-DTO annotations: REST v2
 * in Confluence 10 discovers a plugin's {@code @Provider} classes in its REST packages (our exception mappers
 * rely on that, and deftdevs/bootstrapi's YAML MessageBodyReader on Confluence 10.2 shows entity providers are
 * found too); JAX-RS prefers an application's provider over the container's, and Jersey picks the reader with
 * the narrower media type (ours: application/json; Jackson's: any). Whether the platform's Jackson provider
 * consults a plugin's ContextResolver, and how its mapper is configured, is not documented. Per-DTO annotations
 * would have to sit on every field of every request record and still could not refuse {@code 123} for a String
 * everywhere. One reader keeps one rule for all bodies.
 *
 * <p>A value of the wrong JSON type is a translated 400 naming the field
 * ({@code social-playbook.error.json-type.*}); other unreadable JSON keeps {@link MalformedJsonMapper}'s answer.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<Object> {
    static final String TYPE_KEY = "social-playbook.error.json-type.";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        if (first < 0) {
            return null; // no body: the resource decides (as the container's provider would)
        }
        in.unread(first);
        JavaType target = Json.mapper().getTypeFactory().constructType(genericType);
        try {
            return Json.mapper().readValue(in, target);
        } catch (UnrecognizedPropertyException e) {
            throw e;
        } catch (MismatchedInputException e) {
            throw wrongType(e);
        }
    }

    private static boolean handles(Class<?> type) {
        return !(CharSequence.class.isAssignableFrom(type) || type == byte[].class
                || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || StreamingOutput.class.isAssignableFrom(type) || type == java.io.File.class
                || MultivaluedMap.class.isAssignableFrom(type));
    }

    private static PlaybookException wrongType(MismatchedInputException e) {
        String field = path(e);
        return PlaybookException.invalidField(field, TYPE_KEY + expected(e.getTargetType()), field);
    }

    /** The field as the client wrote it: {@code name}, {@code activities[2].title}; {@code (body)} for the whole. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(body)" : path.toString();
    }

    /** The expected kind, as the last part of the message key. */
    static String expected(Class<?> target) {
        if (target == null) {
            return "other";
        }
        if (target.getName().startsWith("java.time.")) {
            return "date";
        }
        if (CharSequence.class.isAssignableFrom(target) || target == char.class || target == Character.class) {
            return "text";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "boolean";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "number";
        }
        if (target.isEnum()) {
            return "choice";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "list";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)) {
            return "object";
        }
        return "other";
    }
}

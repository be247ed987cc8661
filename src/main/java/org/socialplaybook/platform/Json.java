package org.socialplaybook.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The plugin's one JSON configuration, for its REST bodies ({@link JsonBodies}) and the JSON in templates.
 *
 * <p>Inside Confluence 10 Jackson is the platform's (provided, never bundled) and REST v2 writes JSON with the
 * platform's ObjectMapper, whose modules and features the plugin does not control and which is not documented
 * (no public source says whether {@code jackson-datatype-jsr310} is registered or whether a plugin's
 * {@code ContextResolver<ObjectMapper>} is consulted). So the plugin never relies on it: it reads and writes
 * its own bodies with this mapper, built only from jackson-databind classes every Platform 8 product exports.
 * java.time values are written as ISO-8601 strings by {@code toString()} (what the jsr310 module writes with
 * timestamps off) and read back with {@code parse}, without the jsr310 module.
 *
 * <p>Reading is strict: an unknown field, a null for a primitive, or a value of the wrong JSON type (a number
 * where text is expected, {@code "true"} for a boolean, {@code "5"} or {@code 1.5} for a whole number, a number
 * for an enum) is an error, never silently converted.
 */
public final class Json {
    private static final ObjectMapper MAPPER = build();

    private Json() {
    }

    /** The plugin's configured mapper (thread-safe; never reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(javaTime())
                .build();
        // text only from JSON strings: no 123 -> "123", no true -> "true"
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // a whole JSON number is a fine decimal (35 for a Double); only the reverse is refused (ACCEPT_FLOAT_AS_INT)
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    private static SimpleModule javaTime() {
        SimpleModule module = new SimpleModule("social-playbook-java-time");
        module.addSerializer(Instant.class, ToStringSerializer.instance);
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        module.addSerializer(LocalDateTime.class, ToStringSerializer.instance);
        module.addSerializer(OffsetDateTime.class, ToStringSerializer.instance);
        module.addSerializer(ZonedDateTime.class, ToStringSerializer.instance);
        module.addDeserializer(Instant.class, new IsoText<>(Instant.class, Instant::parse));
        module.addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, LocalDate::parse));
        module.addDeserializer(LocalDateTime.class, new IsoText<>(LocalDateTime.class, LocalDateTime::parse));
        module.addDeserializer(OffsetDateTime.class, new IsoText<>(OffsetDateTime.class, OffsetDateTime::parse));
        module.addDeserializer(ZonedDateTime.class, new IsoText<>(ZonedDateTime.class, ZonedDateTime::parse));
        return module;
    }

    /** A java.time value from its ISO-8601 text (a JSON string only; numbers are not timestamps here). */
    private static final class IsoText<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return parse.apply(p.getText().trim());
            } catch (DateTimeParseException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), p.getText(), "not an ISO-8601 value");
            }
        }
    }
}

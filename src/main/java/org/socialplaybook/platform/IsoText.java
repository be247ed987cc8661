package org.socialplaybook.platform;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A java.time value (Instant, LocalDate, ZoneId…) in a REST response, written as its ISO-8601 text
 * ({@code toString()}: {@code 2026-03-01T10:15:30Z}, {@code 2026-03-01}) by any Jackson 2 mapper.
 *
 * <p>Confluence writes REST responses with the platform's ObjectMapper, whose modules are not documented: without
 * the jsr310 module Jackson refuses java.time values, with it and timestamps on they become numbers. A property
 * annotation is honoured by every mapper, so the shape is the same in Confluence and in the sandbox (whose REST
 * layer has a plain mapper: an unannotated java.time value fails its REST tests). On collections of values use
 * {@code @JsonSerialize(contentUsing = ToStringSerializer.class)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonSerialize(using = ToStringSerializer.class)
public @interface IsoText {
}

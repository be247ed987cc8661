package org.socialplaybook.platform;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The single error shape of every REST call: the status, the i18n key, the translated text, the field at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String key, String message, String field) {
}

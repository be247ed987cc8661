package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key);
}

package com.atlassian.sal.api.message;

import java.util.Locale;

public interface LocaleResolver {
    Locale getLocale();
}

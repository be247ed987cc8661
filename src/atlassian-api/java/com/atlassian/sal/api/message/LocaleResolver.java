package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/** Stand-in: a user's language (their profile setting, else the application's). */
public interface LocaleResolver {
    Locale getLocale(UserKey userKey);
}

package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/** SAL's LocaleResolver for the sandbox: a demo user's language from {@code demo/space.json}, else English. */
public final class SandboxLocaleResolver implements LocaleResolver {
    private final Directory directory;

    public SandboxLocaleResolver(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        return userKey == null ? Locale.ENGLISH
                : directory.byKey(userKey.getStringValue()).map(Directory.User::locale).orElse(Locale.ENGLISH);
    }
}

package org.socialplaybook.platform;

/** A Confluence user as shown in the plugin: key, username, display name, avatar. Never the e-mail address. */
public record Person(String key, String username, String displayName, String avatarUrl, boolean known) {
    public static Person unknown(String key) {
        return new Person(key, null, key, null, false);
    }
}

package org.socialplaybook.news;

import java.util.List;

/** The JSON bodies of the news REST resource (immutable; unknown fields are refused with 400). */
public final class Requests {
    private Requests() {
    }

    public record HeadlineBody(String title, String url, String summary, String tag, Integer sourceId) {
    }

    public record SourceBody(String name, String url, String kind) {
    }

    public record SettingsBody(Boolean enabled, String timeZone, Boolean mail, List<String> readerUsers,
                               List<String> readerGroups, List<String> allowedHosts, Integer version) {
    }
}

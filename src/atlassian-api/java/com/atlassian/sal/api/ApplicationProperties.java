package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}

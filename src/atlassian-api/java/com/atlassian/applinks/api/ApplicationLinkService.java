package com.atlassian.applinks.api;

/** Stand-in: the product's Application Links (only the member the plugin uses). */
public interface ApplicationLinkService {
    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}

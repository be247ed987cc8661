package com.atlassian.applinks.api;

import java.net.URI;

/** Stand-in: a link to a remote application (only the members the plugin uses). */
public interface ApplicationLink {
    String getName();

    URI getDisplayUrl();

    URI getRpcUrl();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}

package com.atlassian.applinks.api;

import java.net.URI;

/** Stand-in: where a user authorises this application against the linked one. */
public interface AuthorisationURIGenerator {
    URI getAuthorisationURI();
}

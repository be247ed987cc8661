package com.atlassian.applinks.api;

import java.net.URI;

/** Stand-in: the link needs the user to authorise (OAuth dance) before a request can be made. */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private static final long serialVersionUID = 1L;
    private final transient AuthorisationURIGenerator authorisationURIGenerator;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
        this.authorisationURIGenerator = authorisationURIGenerator;
    }

    @Override
    public URI getAuthorisationURI() {
        return authorisationURIGenerator == null ? null : authorisationURIGenerator.getAuthorisationURI();
    }
}

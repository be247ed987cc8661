package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/** Stand-in: creates requests authenticated for one Application Link. */
public interface ApplicationLinkRequestFactory {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}

package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;

/** Stand-in: a request preconfigured with the link's authentication. */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
}

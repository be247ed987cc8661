package org.socialplaybook.jira;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.ResponseException;
import java.util.List;
import java.util.Locale;

/** Jira through Confluence's Application Link (OAuth or whatever the link uses); same timeouts as direct calls. */
public final class ApplinkJiraTransport implements JiraTransport {
    private final ApplicationLink link;
    private final JiraTimeouts timeouts;

    public ApplinkJiraTransport(ApplicationLink link, JiraTimeouts timeouts) {
        this.link = link;
        this.timeouts = timeouts;
    }

    @Override
    public JiraResponse exchange(String method, String pathAndQuery, String jsonBody) {
        try {
            ApplicationLinkRequest request = link.createAuthenticatedRequestFactory()
                    .createRequest(Request.MethodType.valueOf(method.toUpperCase(Locale.ROOT)), pathAndQuery);
            request.setConnectionTimeout((int) timeouts.connect().toMillis());
            request.setSoTimeout((int) timeouts.request().toMillis());
            request.addHeader("Accept", "application/json");
            if (jsonBody != null) {
                request.setRequestBody(jsonBody, "application/json");
            }
            return request.executeAndReturn(response -> new JiraResponse(response.getStatusCode(),
                    response.getResponseBodyAsString(), response.getHeader("Retry-After")));
        } catch (CredentialsRequiredException e) {
            throw new JiraException(JiraFailure.NEEDS_AUTHORISATION, 0, null, List.of(), e);
        } catch (ResponseException e) {
            boolean timeout = e.getCause() instanceof java.net.SocketTimeoutException;
            throw new JiraException(timeout ? JiraFailure.TIMEOUT : JiraFailure.UNREACHABLE, 0, null, List.of(), e);
        }
    }

    @Override
    public String displayUrl() {
        String url = link.getDisplayUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

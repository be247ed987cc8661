package com.atlassian.sal.api.net;

/** Stand-in: SAL's outgoing HTTP request (only the members the plugin uses). */
public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody, String contentType);

    T addHeader(String headerName, String headerValue);

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    enum MethodType {
        GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH
    }
}

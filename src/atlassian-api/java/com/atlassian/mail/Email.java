package com.atlassian.mail;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Stand-in: one message to send (the members the plugin and the sandbox use; fluent setters as in the real class). */
public class Email implements Serializable {
    private static final long serialVersionUID = 1L;

    private String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private final Map<String, String> headers = new HashMap<>();

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }

    public void addHeader(String headerName, String headerValue) {
        headers.put(headerName, headerValue);
    }

    @SuppressWarnings("rawtypes")
    public Map getHeaders() {
        return headers;
    }
}

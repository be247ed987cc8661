package org.socialplaybook.jira;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;

/** How long any Jira call may take: connecting, and the whole exchange. Tests use shorter ones. */
@Named
public class JiraTimeouts {
    private final Duration connect;
    private final Duration request;

    @Inject
    public JiraTimeouts() {
        this(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public JiraTimeouts(Duration connect, Duration request) {
        this.connect = connect;
        this.request = request;
    }

    public Duration connect() {
        return connect;
    }

    public Duration request() {
        return request;
    }
}

package org.socialplaybook.platform;

import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** Now, from one place, so that due dates and refreshers can be tested against any day. */
@Named
public class TimeSource {
    private final Clock clock;

    @jakarta.inject.Inject
    public TimeSource() {
        this(Clock.systemUTC());
    }

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }
}

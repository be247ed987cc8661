package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.spaces.Space;

/** Stand-in: an event about a space. */
public abstract class SpaceEvent extends ConfluenceEvent {
    private final Space space;

    protected SpaceEvent(Object source, Space space) {
        super(source);
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}

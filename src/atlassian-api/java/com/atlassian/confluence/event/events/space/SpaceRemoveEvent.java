package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/** Stand-in: a space is being removed with all its content. */
public class SpaceRemoveEvent extends SpaceEvent {
    private final ProgressMeter progressMeter;

    public SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
        this.progressMeter = progressMeter;
    }

    public ProgressMeter getProgressMeter() {
        return progressMeter;
    }
}

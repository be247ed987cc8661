package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;

public abstract class AbstractPage extends ContentEntityObject {
    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}

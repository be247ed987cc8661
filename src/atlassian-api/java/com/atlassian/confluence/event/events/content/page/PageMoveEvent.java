package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.List;

/** Stand-in: a page was moved (to another parent, position or space); {@link #getPage()} is already in its new place. */
public class PageMoveEvent extends PageEvent {
    private final Space oldSpace;

    public PageMoveEvent(Object src, Page movedPage, List<Page> movedPageList, Space oldSpace, Page oldParentPage,
                         Integer oldPosition, User theMover, boolean movedBecauseOfParent) {
        super(src, movedPage, false);
        this.oldSpace = oldSpace;
    }

    public Space getOldSpace() {
        return oldSpace;
    }

    /** Stand-in approximation: the real class compares the spaces; here their keys. */
    public boolean isMovedSpace() {
        return oldSpace != null && getPage().getSpace() != null
                && !java.util.Objects.equals(oldSpace.getKey(), getPage().getSpace().getKey());
    }
}

package com.atlassian.confluence.spaces;

import java.util.Collection;

public interface SpaceManager {
    Space getSpace(String spaceKey);

    Collection<String> getAllSpaceKeys(SpaceStatus status);
}

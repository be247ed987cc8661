package com.atlassian.confluence.spaces;

public interface SpaceManager {
    Space getSpace(String spaceKey);
}

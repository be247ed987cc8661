package com.atlassian.confluence.spaces;

public enum SpaceStatus {
    CURRENT,
    ARCHIVED
}

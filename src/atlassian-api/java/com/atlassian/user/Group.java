package com.atlassian.user;

public interface Group extends Entity {
}

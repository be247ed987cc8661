package com.atlassian.confluence.core;

/** Stand-in: how a content save behaves (notifications, last modifier); no member is used by the plugin. */
public interface SaveContext {
}

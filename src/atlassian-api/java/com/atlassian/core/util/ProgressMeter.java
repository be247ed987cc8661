package com.atlassian.core.util;

/** Stand-in: only passed along with {@code SpaceRemoveEvent}; no member is used. */
public class ProgressMeter {
}

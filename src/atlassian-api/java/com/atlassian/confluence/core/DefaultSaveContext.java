package com.atlassian.confluence.core;

/** Stand-in: the standard save contexts; only {@link #DEFAULT} is used. */
public class DefaultSaveContext implements SaveContext {
    public static final SaveContext DEFAULT = new DefaultSaveContext();

    private DefaultSaveContext() {
    }
}

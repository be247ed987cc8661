package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in. Like the real class it does not override equals/hashCode:
 * compare versions with isSame/isOlderThan/isNewerThan or compareTo.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return Integer.compare(version, mv.version);
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    /** A null string means "no version yet" (0); non-numeric input throws NumberFormatException. */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }
}

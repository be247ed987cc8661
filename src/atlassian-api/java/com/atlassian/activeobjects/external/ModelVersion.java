package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version.trim()));
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return Integer.compare(version, mv.version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion && ((ModelVersion) o).version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}

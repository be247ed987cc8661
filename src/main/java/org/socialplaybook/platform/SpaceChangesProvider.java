package org.socialplaybook.platform;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a space between two moments ({@code from} inclusive, {@code to} exclusive): one
 * {@link SpaceChange} per thing that changed (a matrix, a guideline) with its net change over the window, in-between
 * states collapsed and seeded content never counted as a change; implemented by the role matrix (its change log) and
 * guidelines (versions first seen in the window); the Monday digest asks all of them. A constant number of queries per call, whatever the number of changes.
 */
public interface SpaceChangesProvider {
    List<SpaceChange> changesBetween(String spaceKey, Instant from, Instant to);
}

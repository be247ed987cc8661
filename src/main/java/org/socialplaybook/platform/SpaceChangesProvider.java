package org.socialplaybook.platform;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a space between two moments ({@code from} inclusive, {@code to} exclusive), oldest first:
 * implemented by the role matrix (its change log) and guidelines (versions first seen in the window); the Monday
 * digest asks all of them. A constant number of queries per call, whatever the number of changes.
 */
public interface SpaceChangesProvider {
    List<SpaceChange> changesBetween(String spaceKey, Instant from, Instant to);
}

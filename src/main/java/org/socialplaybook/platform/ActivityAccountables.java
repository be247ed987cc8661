package org.socialplaybook.platform;

import java.util.Set;

/**
 * The people Accountable for an activity, by the activity's name, across the space's role matrices (pages in the
 * trash left out): the holders (not deputies) of every role with an A on a row of that name, names compared ignoring
 * case, accents and spaces. The role matrix capability answers; no such activity: an empty set.
 */
public interface ActivityAccountables {
    Set<String> accountable(String spaceKey, String activityName);
}

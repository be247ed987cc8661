package org.socialplaybook.platform;

import java.util.Set;

/**
 * Who an overdue item escalates to, as the capability that owns the item tells it: the role-matrix activity the item
 * matches by name (its Accountable is asked first, through {@link ActivityAccountables}) and the item's own contacts
 * when no activity answers (a guideline's escalation people and role, a programme's trainer). Implemented by each
 * capability whose open items can be reminded of; {@link #kind()} is the {@link OpenItem#kind()} it answers for.
 */
public interface EscalationContacts {
    String kind();

    /** The contacts of one of this kind's open items in the space; never null. */
    Contacts contactsFor(String spaceKey, OpenItem item);

    /**
     * {@code activity}: the activity name to look for in the space's role matrices; {@code fallback}: user keys, in
     * the order the item names them.
     */
    record Contacts(String activity, Set<String> fallback) {
        public Contacts {
            fallback = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(fallback));
        }
    }
}

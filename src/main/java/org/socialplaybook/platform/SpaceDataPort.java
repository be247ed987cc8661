package org.socialplaybook.platform;

import java.util.List;

/**
 * A capability's part of a space's playbook export and import ({@code org.socialplaybook.transfer}): plain records
 * of type {@code T}, one per item the capability keys by space + name (a matrix, a goal set, a programme …), written
 * to and read from one JSON document. Every id in an item is the source's and is never reused: pages travel as
 * {@link PageLink} (title + source id) and are found again by title in the target space, people by user key.
 *
 * <p>Import is two steps: {@link #check} says what an item will create, what it collides with in the target space
 * and what is wrong with it; {@link #importItem} creates it under new ids. The framework calls every capability's
 * {@code importItem} in one transaction, and only when no item of any capability has an error.
 */
public interface SpaceDataPort<T> {
    /** The item's key under {@code capabilities} in the document ("roles", "goals" …). */
    String capability();

    Class<T> itemType();

    /** Every item of the space, in a stable order; {@code pages} turns a page id into a {@link PageLink}. */
    List<T> export(String spaceKey, TransferPages pages);

    /** What the item would create in {@code check.targetSpace()}; errors, collisions and warnings go to {@code check}. */
    void check(T item, TransferCheck check);

    /** Creates the item in the target space under new ids; called inside the import's one transaction, after {@link #check}. */
    void importItem(T item, TransferTarget target);

    /**
     * After the import's transaction committed: work outside the database that the imported item needs (scheduling
     * the Monday digest). A failure here is logged; the data stays imported.
     */
    default void afterImport(T item, TransferTarget target) {
    }

    /**
     * After every capability's {@link #importItem}, in the same transaction: the rows that point into another
     * capability's imported items (a team request and the follow-up it became), found through
     * {@link TransferTarget#importedId}.
     */
    default void importLinks(T item, TransferTarget target) {
    }

    /**
     * How an item names a follow-up of the document (feedback's {@code followUps[].id}, the follow-up's id in the
     * source): a team request or a training check-in and the follow-up it became.
     */
    static String followUpReference(long sourceFollowUpId) {
        return "followUp:" + sourceFollowUpId;
    }

    /** A page of the source space: its title (how the target finds it) and its id there (for the record only). */
    record PageLink(long sourceId, String title) {
    }

    /** Page ids of the source space as links. */
    interface TransferPages {
        PageLink link(long pageId);
    }

    /** What an import's preview collects about one item; {@code field} is relative to the item ("roles[0].name"). */
    interface TransferCheck {
        String targetSpace();

        /** The target space's page of that title, if there is one (none is an error the caller reports). */
        java.util.Optional<Long> page(PageLink link);

        /** Reports a missing page as an error of {@code field} and answers whether the page was found. */
        boolean requirePage(String field, PageLink link);

        boolean userExists(String userKey);

        /** A person unknown on the target: a warning, their data is kept under the key. */
        void unknownUser(String field, String userKey);

        void creates(String label, int rows);

        /** The target space already has this item (same key): an error, nothing is merged. */
        void collides(String field, String label);

        void error(String field, String key, java.io.Serializable... arguments);

        /**
         * Claims the item's key (as the target compares it, e.g. lower case) within the document: a second item of the
         * same capability with that key is an error of {@code field}. Answers whether the key was free.
         */
        boolean unique(String field, String key);

        /** A text that must be there and fit: an error of {@code field} otherwise; answers whether it is fine. */
        default boolean requireText(String field, String value, int maxLength) {
            if (value == null || value.isBlank()) {
                error(field, "social-playbook.transfer.error.text-required");
                return false;
            }
            return optionalText(field, value, maxLength);
        }

        /** A text that may be absent but must fit. */
        default boolean optionalText(String field, String value, int maxLength) {
            if (value != null && value.length() > maxLength) {
                error(field, "social-playbook.transfer.error.text-too-long", maxLength);
                return false;
            }
            return true;
        }

        /**
         * Runs one of the capability's own rules on a value; a {@link PlaybookException} it throws (bad input) becomes an
         * error of {@code field} with the rule's key and text. Answers the rule's value, or null when it refused.
         */
        default <V> V rule(String field, java.util.function.Supplier<V> rule) {
            try {
                return rule.get();
            } catch (PlaybookException e) {
                error(field, e.key(), e.arguments());
                return null;
            }
        }

        /** The item holds what {@code reference} names ("followUp:17": the follow-up of source id 17). */
        void provides(String reference);

        /**
         * {@code field} names {@code reference}: once every item is checked and none holds it, a warning of the field
         * (a follow-up deleted or trashed in the source: the item is imported without the link).
         */
        void requires(String field, String reference);

        /** Each user key that the target does not know becomes a warning of {@code field}. */
        default void users(String field, java.util.Collection<String> userKeys) {
            for (String key : userKeys) {
                if (key != null && !userExists(key)) {
                    unknownUser(field, key);
                }
            }
        }
    }

    /** Where an item is imported: the target space, its pages by title, the time of the import. */
    interface TransferTarget {
        String spaceKey();

        /** The target page of a link {@link #check} accepted. */
        long pageId(PageLink link);

        java.time.Instant now();

        /** The importing user's key. */
        String userKey();

        /** Records the new id of what {@code reference} named in the document (see {@link TransferCheck#provides}). */
        void imported(String reference, long newId);

        /** The new id of what {@code reference} named, once {@link #imported} recorded it. */
        java.util.OptionalLong importedId(String reference);

        /** The imported follow-up of that source id ({@link #followUpReference}); none for null or one not imported. */
        default java.util.OptionalLong importedFollowUp(Long sourceFollowUpId) {
            return sourceFollowUpId == null ? java.util.OptionalLong.empty()
                    : importedId(followUpReference(sourceFollowUpId));
        }
    }
}

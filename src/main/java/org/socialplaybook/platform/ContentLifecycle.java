package org.socialplaybook.platform;

/**
 * The port through which Confluence's life cycle reaches each capability: plain Java, no Atlassian types. Every
 * capability implements it with its own rules, each call in one transaction of its own, so that one capability's
 * failure leaves the others' data consistent. Every method defaults to "nothing to do"; README.md's table says,
 * per event and capability, what happens.
 */
public interface ContentLifecycle {
    /** A short name for logs. */
    String capability();

    /** {@code copy} is a new page holding the same macros as {@code original}: it gets its own data, if any. */
    default void pageCopied(PageRef original, PageRef copy) {
    }

    /** The page now lives in {@code page.spaceKey()} (it was in {@code oldSpaceKey}): its data follows it. */
    default void pageMoved(PageRef page, String oldSpaceKey) {
    }

    /** The page is in the trash: its data is hidden, not deleted. */
    default void pageTrashed(PageRef page) {
    }

    /** The page is back from the trash: its data shows again, intact. */
    default void pageRestored(PageRef page) {
    }

    /** The page is gone for good: its data is deleted. */
    default void pagePurged(PageRef page) {
    }

    /** The space is gone with all its pages: every row of the space is deleted. */
    default void spaceRemoved(String spaceKey) {
    }

    /**
     * The person's account is erased. Confluence keeps the user key (it then resolves to "Unknown user"), so rows
     * keyed by it stay and counts and history keep their shape; the free text the plugin stored by or about the
     * person (feedback about them, their check-in remarks, requests they sent) is erased, and their names in the
     * plugin's other free text are replaced ({@link ErasedPerson#redact}).
     */
    default void userAnonymised(ErasedPerson person) {
    }
}

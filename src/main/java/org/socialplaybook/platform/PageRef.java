package org.socialplaybook.platform;

/** A Confluence page as the plugin sees it: id, space, title and its path below the context path. */
public record PageRef(long id, String spaceKey, String title, String path) {
}

package com.atlassian.confluence.core;

/** Stand-in: Confluence's manager of content entities (pages, blog posts); only the save the plugin calls. */
public interface ContentEntityManager {
    /** Saves new or changed content; new content (id 0) gets its id here. */
    void saveContentEntity(ContentEntityObject obj, SaveContext saveContext);
}

package org.socialplaybook.platform;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A page's body in storage format, read and saved as a new version: the one place the plugin edits a page (a
 * copied page's macros renamed so that the copy gets its own data). Plain strings in and out.
 */
@Named
public class PageBodies {
    private final PageManager pages;
    private final ContentEntityManager content;

    @Inject
    public PageBodies(@ComponentImport PageManager pages, @ComponentImport ContentEntityManager content) {
        this.pages = pages;
        this.content = content;
    }

    /** Applies {@code edit} to the page's body; saves a new version only when the body changed. */
    public boolean edit(long pageId, UnaryOperator<String> edit) {
        AbstractPage page = pages.getAbstractPage(pageId);
        if (page == null) {
            return false;
        }
        String before = page.getBodyAsString();
        String after = edit.apply(before);
        if (after.equals(before)) {
            return false;
        }
        page.setBodyAsString(after);
        content.saveContentEntity(page, DefaultSaveContext.DEFAULT);
        return true;
    }

    public Optional<String> body(long pageId) {
        return Optional.ofNullable(pages.getAbstractPage(pageId)).map(AbstractPage::getBodyAsString);
    }
}

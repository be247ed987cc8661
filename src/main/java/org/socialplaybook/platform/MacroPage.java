package org.socialplaybook.platform;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

/** Where a macro is being rendered: the page (id 0 while a new page is being previewed) and its space. */
public record MacroPage(long pageId, String spaceKey, String title, boolean display) {
    public static MacroPage of(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        boolean display = context.getOutputType() == null || "display".equals(context.getOutputType());
        return new MacroPage(entity == null ? 0 : entity.getId(), context.getSpaceKey(),
                entity == null ? null : entity.getTitle(), display);
    }
}

package org.socialplaybook.guidelines;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RenderedMacros;
import org.socialplaybook.platform.Views;

/**
 * {@code guideline}: one guideline as a block styled by its level, its rich-text body (with Do / Don't examples
 * side by side), whom to ask, the reader's status with "I have read and accept", and for owners the progress bar
 * and report. Bad parameters show as an error in the block, with the reason. The blocks of one page render share
 * what the first of them loads for the reader ({@link GuidelinePrefetcher}, kept in the render's context).
 */
public class GuidelineMacro implements Macro {
    static final String RESOURCES = "guidelines-resources";

    private final GuidelineBlocks blocks;
    private final GuidelinePrefetcher prefetcher;
    private final Views views;
    private final RenderedMacros rendered;

    @Inject
    public GuidelineMacro(GuidelineBlocks blocks, GuidelinePrefetcher prefetcher, Views views, RenderedMacros rendered) {
        this.blocks = blocks;
        this.prefetcher = prefetcher;
        this.views = views;
        this.rendered = rendered;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        views.requireResources(RESOURCES); // on every view: a kept render does not ask for them again
        return rendered.render("guideline", context, parameters, body, () -> renderNow(parameters, body, context));
    }

    private String renderNow(Map<String, String> parameters, String body, ConversionContext context) {
        MacroPage page = MacroPage.of(context);
        ContentEntityObject entity = context.getEntity();
        try {
            GuidelineBlocks.Where where = new GuidelineBlocks.Where(page.spaceKey(), page.pageId(),
                    entity == null ? 0 : entity.getVersion(), context.getOutputType());
            // the render's first block loads what all of them need; the others read it from the render's context
            GuidelinePrefetch prefetch = where.display()
                    ? prefetcher.forRender(context, where.spaceKey(), where.pageId(), where.pageVersion()) : null;
            GuidelineBlocks.Block block = blocks.block(parameters, body, where, prefetch);
            return views.render("templates/guidelines/guideline.vm", Map.of("block", block));
        } catch (PlaybookException e) {
            return views.error(e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}

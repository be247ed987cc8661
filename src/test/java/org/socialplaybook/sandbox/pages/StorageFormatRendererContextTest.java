package org.socialplaybook.sandbox.pages;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The context of one render: its properties are shared by that render's macros, and by no other render. */
public class StorageFormatRendererContextTest {
    /** Writes how many times it ran in this render, as a context property, and shows the count. */
    private final Macro counter = new Macro() {
        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            Object seen = context.getProperty("test.counter");
            int count = seen == null ? 1 : (Integer) seen + 1;
            context.setProperty("test.counter", count);
            return "[" + count + "]";
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.NONE;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.INLINE;
        }
    };

    private final StorageFormatRenderer renderer = new StorageFormatRenderer(
            name -> "counter".equals(name) ? Optional.of(counter) : Optional.empty(), key -> null, title -> null);

    private static final String PAGE = "<p><ac:structured-macro ac:name=\"counter\"/> and "
            + "<ac:structured-macro ac:name=\"counter\"/></p>";

    private static StorageFormatRenderer.Context newRender() {
        Page page = new Page();
        page.setId(7);
        return new StorageFormatRenderer.Context(page, "SOCIAL", "display");
    }

    @Test
    public void theMacrosOfOneRenderShareItsPropertiesAndTheNextRenderStartsEmpty() {
        String first = renderer.render(PAGE, newRender());
        String second = renderer.render(PAGE, newRender());

        assertTrue(first, first.matches(".*\\[1\\].* and .*\\[2\\].*"));
        assertEquals(first, second);
    }

    @Test
    public void aRemovedPropertyIsReturnedAndGone() {
        StorageFormatRenderer.Context context = newRender();
        context.setProperty("k", "v");

        assertEquals("v", context.removeProperty("k"));
        assertNull(context.getProperty("k"));
    }
}

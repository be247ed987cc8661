package org.socialplaybook.sandbox.pages;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;

/** Confluence's own panel macros (info, note, tip, warning), so demo pages read as they would in Confluence. */
public final class BuiltInMacros {
    private static final Map<String, String> PANELS = Map.of(
            "info", "aui-message-info", "note", "aui-message-warning", "tip", "aui-message-success",
            "warning", "aui-message-error");

    private BuiltInMacros() {
    }

    public static Optional<Macro> find(String name) {
        String css = PANELS.get(name);
        if (css == null) {
            return Optional.empty();
        }
        return Optional.of(new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) {
                String title = parameters.get("title");
                return "<div class=\"aui-message " + css + " confluence-information-macro\">"
                        + (title == null ? "" : "<p class=\"title\"><strong>" + VelocityTemplates.escapeHtml(title)
                        + "</strong></p>") + body + "</div>";
            }

            @Override
            public BodyType getBodyType() {
                return BodyType.RICH_TEXT;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.BLOCK;
            }
        });
    }
}

package org.socialplaybook.testing;

/** A view record in the plugin's package for template tests (a plugin may allowlist only its own classes). */
public record TemplateRow(String name, String nameHtml) {
    public static final String NAME = TemplateRow.class.getName() + "#name()";
    public static final String NAME_HTML = TemplateRow.class.getName() + "#nameHtml()";
}

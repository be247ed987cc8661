package org.socialplaybook.transfer;

import java.util.List;

/**
 * What an import would do in the target space: per capability the items and rows it creates, what collides with
 * data the target already has, people the target does not know (warnings), and the errors that refuse it. Every
 * issue names the document's line and the field.
 */
public record TransferPreview(String sourceSpace, String targetSpace, List<Capability> capabilities,
                              List<Issue> collisions, List<Issue> warnings, List<Issue> errors, boolean importable) {
    public TransferPreview {
        capabilities = List.copyOf(capabilities);
        collisions = List.copyOf(collisions);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** {@code label}: the capability's translated name; {@code creates}: one line per item, e.g. "Social media team". */
    public record Capability(String capability, String label, int items, int rows, List<String> creates) {
        public Capability {
            creates = List.copyOf(creates);
        }
    }

    /** One finding: {@code line} of the document (0 when not known), {@code field} as a path, its key and text. */
    public record Issue(int line, String field, String key, String message, String text) {
    }
}

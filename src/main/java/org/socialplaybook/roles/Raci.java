package org.socialplaybook.roles;

/** The four RACI letters, in the order they are always written. */
public enum Raci {
    /** Responsible: does the work. */
    R,
    /** Accountable: owns the outcome and signs it off; exactly one per activity. */
    A,
    /** Consulted: asked before. */
    C,
    /** Informed: told after. */
    I;

    static Raci of(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'R' -> R;
            case 'A' -> A;
            case 'C' -> C;
            case 'I' -> I;
            default -> null;
        };
    }
}

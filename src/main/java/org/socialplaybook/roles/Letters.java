package org.socialplaybook.roles;

import java.util.Optional;

/**
 * The letters of one cell of a matrix: none, one, or a combination such as R and A. Written canonically in RACI
 * order ({@code "RA"}), shown with slashes ({@code "R/A"}).
 */
public final class Letters {
    public static final Letters NONE = new Letters(0);

    private final int bits;

    private Letters(int bits) {
        this.bits = bits;
    }

    public static Letters of(Raci... letters) {
        int bits = 0;
        for (Raci letter : letters) {
            bits |= 1 << letter.ordinal();
        }
        return new Letters(bits);
    }

    /**
     * A code as stored and sent by the REST API: letters R, A, C, I in any order and case, each at most once, and
     * nothing else ({@code ""} is none). Anything else: empty.
     */
    public static Optional<Letters> parseCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int bits = 0;
        for (char c : code.toCharArray()) {
            Raci letter = Raci.of(c);
            if (letter == null || (bits & (1 << letter.ordinal())) != 0) {
                return Optional.empty();
            }
            bits |= 1 << letter.ordinal();
        }
        return Optional.of(new Letters(bits));
    }

    /**
     * What a person typed in a table or a spreadsheet cell: letters in any case, alone or combined with {@code /},
     * {@code ,}, {@code +}, {@code &}, spaces or nothing ({@code "A/R"}, {@code "r, c"}, {@code "AR"}); blank, "-"
     * or "–" is none. Anything else (an unknown letter, a word): empty.
     */
    public static Optional<Letters> parseLenient(String text) {
        if (text == null) {
            return Optional.of(NONE);
        }
        String cleaned = text.replace('\u00a0', ' ').trim();
        if (cleaned.isEmpty() || cleaned.equals("-") || cleaned.equals("\u2013") || cleaned.equals("\u2014")) {
            return Optional.of(NONE);
        }
        int bits = 0;
        for (char c : cleaned.toCharArray()) {
            if (c == '/' || c == ',' || c == '+' || c == '&' || c == ';' || Character.isWhitespace(c)) {
                continue;
            }
            Raci letter = Raci.of(c);
            if (letter == null) {
                return Optional.empty();
            }
            bits |= 1 << letter.ordinal();
        }
        return Optional.of(new Letters(bits));
    }

    public boolean has(Raci letter) {
        return (bits & (1 << letter.ordinal())) != 0;
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public Letters with(Raci letter) {
        return new Letters(bits | (1 << letter.ordinal()));
    }

    /** Canonical code: {@code "RA"}, {@code ""} for none. */
    public String code() {
        StringBuilder out = new StringBuilder(4);
        for (Raci letter : Raci.values()) {
            if (has(letter)) {
                out.append(letter.name());
            }
        }
        return out.toString();
    }

    /** As people write it: {@code "R/A"}, {@code ""} for none. */
    public String display() {
        return String.join("/", code().split(""));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letters l && l.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return code();
    }
}

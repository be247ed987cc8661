package org.socialplaybook.guidelines;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two canonical texts, word by word (longest common subsequence after trimming the common
 * start and end), summarized around the changes with a few words of context. Texts whose changed middle is too
 * large to compare cheaply give {@code null}: "changed", without detail.
 */
public final class WordDiff {
    /** The largest changed middle (old words × new words) compared word by word. */
    static final long MAX_CELLS = 1_000_000;
    static final int CONTEXT_WORDS = 5;

    public enum Kind { SAME, ADDED, REMOVED, ELLIPSIS }

    /** A run of words of one kind; an {@code ELLIPSIS} chunk stands for unchanged words left out. */
    public record Chunk(Kind kind, String text) {
        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean ellipsis() {
            return kind == Kind.ELLIPSIS;
        }
    }

    private WordDiff() {
    }

    /** The changes with context; empty when the words are the same; null when too large to compare. */
    public static List<Chunk> summarize(String oldCanonical, String newCanonical) {
        List<Chunk> full = diff(GuidelineBody.words(oldCanonical), GuidelineBody.words(newCanonical));
        return full == null ? null : withContext(full);
    }

    static List<Chunk> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            return null;
        }
        List<Chunk> chunks = new ArrayList<>();
        append(chunks, Kind.SAME, a.subList(0, prefix));
        middle(midA, midB, chunks);
        append(chunks, Kind.SAME, a.subList(a.size() - suffix, a.size()));
        return chunks;
    }

    private static void middle(List<String> a, List<String> b, List<Chunk> out) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                append(out, Kind.SAME, List.of(a.get(i)));
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(out, Kind.REMOVED, List.of(a.get(i)));
                i++;
            } else {
                append(out, Kind.ADDED, List.of(b.get(j)));
                j++;
            }
        }
    }

    private static void append(List<Chunk> chunks, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        if (!chunks.isEmpty() && chunks.get(chunks.size() - 1).kind() == kind) {
            Chunk last = chunks.remove(chunks.size() - 1);
            text = last.text() + " " + text;
        }
        chunks.add(new Chunk(kind, text));
    }

    /** Unchanged runs shortened to a few words next to each change; an unchanged text gives an empty list. */
    static List<Chunk> withContext(List<Chunk> chunks) {
        if (chunks.stream().allMatch(c -> c.kind() == Kind.SAME)) {
            return List.of();
        }
        List<Chunk> out = new ArrayList<>();
        for (int index = 0; index < chunks.size(); index++) {
            Chunk chunk = chunks.get(index);
            if (chunk.kind() != Kind.SAME) {
                out.add(chunk);
                continue;
            }
            String[] words = chunk.text().split(" ");
            boolean first = index == 0;
            boolean last = index == chunks.size() - 1;
            if (first && words.length > CONTEXT_WORDS) {
                out.add(new Chunk(Kind.ELLIPSIS, "…"));
                out.add(new Chunk(Kind.SAME, join(words, words.length - CONTEXT_WORDS, words.length)));
            } else if (last && words.length > CONTEXT_WORDS) {
                out.add(new Chunk(Kind.SAME, join(words, 0, CONTEXT_WORDS)));
                out.add(new Chunk(Kind.ELLIPSIS, "…"));
            } else if (!first && !last && words.length > 2 * CONTEXT_WORDS) {
                out.add(new Chunk(Kind.SAME, join(words, 0, CONTEXT_WORDS)));
                out.add(new Chunk(Kind.ELLIPSIS, "…"));
                out.add(new Chunk(Kind.SAME, join(words, words.length - CONTEXT_WORDS, words.length)));
            } else {
                out.add(chunk);
            }
        }
        return out;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }
}

package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;
import org.socialplaybook.guidelines.WordDiff.Chunk;
import org.socialplaybook.guidelines.WordDiff.Kind;

public class WordDiffTest {
    @Test
    public void aReplacedWordShowsAsRemovedThenAdded() {
        List<Chunk> diff = WordDiff.summarize("Answer within two hours.", "Answer within three hours.");

        assertEquals(List.of(new Chunk(Kind.SAME, "Answer within"), new Chunk(Kind.REMOVED, "two"),
                new Chunk(Kind.ADDED, "three"), new Chunk(Kind.SAME, "hours.")), diff);
    }

    @Test
    public void longUnchangedStretchesAreShortenedAroundTheChange() {
        String before = "one two three four five six seven eight nine ten old eleven twelve thirteen fourteen fifteen sixteen";
        String after = "one two three four five six seven eight nine ten new eleven twelve thirteen fourteen fifteen sixteen";

        List<Chunk> diff = WordDiff.summarize(before, after);

        assertEquals(List.of(new Chunk(Kind.ELLIPSIS, "…"), new Chunk(Kind.SAME, "six seven eight nine ten"),
                new Chunk(Kind.REMOVED, "old"), new Chunk(Kind.ADDED, "new"),
                new Chunk(Kind.SAME, "eleven twelve thirteen fourteen fifteen"), new Chunk(Kind.ELLIPSIS, "…")), diff);
    }

    @Test
    public void theSameWordsGiveNoChanges() {
        assertEquals(List.of(), WordDiff.summarize("Do | Don't\nBe kind.", "Do Don't Be kind."));
    }

    @Test
    public void anAddedSentenceAtTheEndIsAdded() {
        assertEquals(List.of(new Chunk(Kind.SAME, "Be kind."), new Chunk(Kind.ADDED, "Be quick.")),
                WordDiff.summarize("Be kind.", "Be kind. Be quick."));
    }

    @Test
    public void aRewriteTooLargeToCompareCheaplyIsUnknown() {
        String before = "a ".repeat(1200);
        String after = "b ".repeat(1200);

        assertNull(WordDiff.summarize(before, after));
    }
}

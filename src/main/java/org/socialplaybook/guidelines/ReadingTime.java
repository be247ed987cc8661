package org.socialplaybook.guidelines;

/** The reading guard's estimate: words at 200 a minute, never under 5 seconds nor over 2 minutes. */
public final class ReadingTime {
    public static final int WORDS_PER_MINUTE = 200;
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 120;

    private ReadingTime() {
    }

    public static int seconds(int words) {
        long estimate = (long) Math.ceil(Math.max(0, words) * 60.0 / WORDS_PER_MINUTE);
        return (int) Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, estimate));
    }
}

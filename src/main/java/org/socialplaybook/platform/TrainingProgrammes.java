package org.socialplaybook.platform;

import java.util.List;
import java.util.Optional;

/**
 * The training programmes of a space, for capabilities that point at one (an objective's programme). The training
 * tracker answers, in a constant number of queries per call. A programme's key is the one its macro gives; keys
 * compare ignoring case. Unknown space or key: empty answers, never an exception. Callers check the reader's view
 * permission on {@link ProgrammeSummary#pageId()} before showing a programme.
 */
public interface TrainingProgrammes {
    Optional<ProgrammeSummary> find(String spaceKey, String key);

    /** Every programme of the space, by title. */
    List<ProgrammeSummary> list(String spaceKey);

    /**
     * Every programme of the space, by title, with {@link ProgrammeSummary#percentComplete()} worked out only for the
     * programmes whose key (ignoring case) is in {@code figuresFor} (null for the others): a list to choose from needs
     * the titles, and working out a programme's figures reads all its learners.
     */
    List<ProgrammeSummary> list(String spaceKey, java.util.Set<String> figuresFor);

    /**
     * A programme as others show it: its key as written, title, the page that owns it, and the share of its required
     * modules done across its audience now (0 to 100; 0 without learners or modules), or null when the caller may not
     * edit the programme's page: the tracker shows its figures only to the page's editors (with two learners a
     * percentage tells whether a colleague finished), and so does every capability that shows this one.
     */
    record ProgrammeSummary(String key, String title, long pageId, Integer percentComplete) {
    }
}

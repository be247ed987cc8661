package org.socialplaybook.platform;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The objectives a person contributes to across several spaces ("Why am I doing this?" for "My playbook"): through a
 * role they hold in the goal set's role matrix, a group they are in, or in person. The goals capability answers, in
 * the same handful of queries for 2 spaces or 200, keeping only goal sets on pages the person may view. Texts come
 * in the reader's language.
 */
public interface ObjectivesOfPerson {
    List<ContributedObjective> objectivesOfPerson(Collection<String> spaceKeys, String userKey);

    /**
     * One contribution of the person: the objective, its goal, its status ({@code status}: {@code on-track},
     * {@code at-risk}, {@code off-track}, {@code achieved}, {@code not-measured}; {@code lozenge}: its AUI lozenge
     * class), how they take part ({@code via}: {@code role}, {@code team} or {@code person}; {@code viaText}
     * "through your role Customer care agent"), what the contribution asks ({@code how}, may be null), its due date
     * and the goals' page.
     */
    record ContributedObjective(String spaceKey, long pageId, String goal, String objective, String status,
                                String statusText, String lozenge, String via, String viaText, String how,
                                @IsoText LocalDate due) {
    }
}

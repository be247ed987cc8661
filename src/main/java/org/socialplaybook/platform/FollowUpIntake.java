package org.socialplaybook.platform;

/**
 * Records a follow-up on a feedback board, for capabilities that discover one (a training check-in, a team-card
 * request). The feedback capability answers. Submitting the same source (type + id) twice returns the first
 * follow-up's id: nothing is created twice, even when two submissions race.
 */
public interface FollowUpIntake {
    /** The id of the follow-up recorded (or already recorded) for this request's source. */
    long submit(FollowUpRequest request);

    /**
     * An import: the follow-up {@code followUpId} (already imported) was raised from this source (type + id in the
     * target), so a retry of the source finds it instead of recording a second one.
     */
    void linkSource(long followUpId, String sourceType, String sourceId);
}

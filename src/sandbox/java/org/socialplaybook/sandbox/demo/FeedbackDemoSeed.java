package org.socialplaybook.sandbox.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.socialplaybook.feedback.FeedbackItem;
import org.socialplaybook.feedback.FeedbackService;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;

/** Demo feedback and follow-ups on "Feedback & follow-ups" (page 1401), written through the capability's service. */
public final class FeedbackDemoSeed implements DemoSeed {
    static final long PAGE = 1401;

    @Override
    public void seed(Sandbox sandbox) {
        FeedbackStore store = sandbox.components().get(FeedbackStore.class);
        String space = sandbox.directory().spaceKey();
        if (!store.followUpsInSpace(space).isEmpty()) {
            return;
        }
        FeedbackService service = sandbox.components().get(FeedbackService.class);
        LocalDate today = LocalDate.ofInstant(sandbox.components().get(TimeSource.class).now(), ZoneOffset.UTC);
        FeedbackItem outage = sandbox.as("sofia", () -> service.recordFeedback(PAGE, "followups", new FeedbackService.FeedbackInput(
                "PERSON", "nora", "PRAISE", "PAGE",
                "During Tuesday's outage Nora answered every complaint within minutes, calm and precise, and escalated the "
                        + "two billing cases exactly as the crisis guideline says.")));
        FeedbackItem escalation = sandbox.as("marco", () -> service.recordFeedback(PAGE, "followups", new FeedbackService.FeedbackInput(
                "TRAINING", "Community basics", "IMPROVEMENT", "PAGE",
                "The escalation part of the training came too late in the day; people asked for a one-page checklist to keep open.")));
        sandbox.as("sofia", () -> service.recordFeedback(PAGE, "followups", new FeedbackService.FeedbackInput(
                "PERSON", "liam", "IMPROVEMENT", "PRIVATE",
                "Two scheduled posts went out without the second approval. Let us walk through the approval flow together.")));
        sandbox.as("sofia", () -> service.addFollowUp(PAGE, "followups", new FeedbackService.FollowUpInput(
                "Share Nora's outage replies as examples in the next training", "nora", today.plusDays(10).toString(),
                "Pick five replies, remove customer details, add them to the tone-of-voice examples.", outage.id())));
        sandbox.as("marco", () -> service.addFollowUp(PAGE, "followups", new FeedbackService.FollowUpInput(
                "Turn the escalation section into a one-page checklist", "liam", today.plusDays(3).toString(),
                "One page, printable, linked from the crisis guideline.", escalation.id())));
        sandbox.as("sofia", () -> service.addFollowUp(PAGE, "followups", new FeedbackService.FollowUpInput(
                "Walk Liam through the two-step approval of paid posts", "marco", today.minusDays(2).toString(), null, null)));
        FollowUp done = sandbox.as("sofia", () -> service.addFollowUp(PAGE, "followups", new FeedbackService.FollowUpInput(
                "Check every team member finished the Community basics refresher", "sofia", today.minusDays(5).toString(), null, null)));
        sandbox.as("sofia", () -> service.setDone(PAGE, "followups", done.id(), true, done.version()));
    }
}

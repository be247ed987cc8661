package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackEnums.Kind;
import org.socialplaybook.feedback.FeedbackEnums.Subject;
import org.socialplaybook.feedback.FeedbackEnums.Visibility;
import org.socialplaybook.jira.JiraFailure;
import org.socialplaybook.platform.I18nBundles;
import org.socialplaybook.platform.PlaybookException;

public class FollowUpRulesTest {
    @Test
    public void retriesBackOffExponentiallyUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), FollowUpRules.backoff(1, JiraFailure.SERVER_ERROR, null));
        assertEquals(Duration.ofSeconds(60), FollowUpRules.backoff(2, JiraFailure.TIMEOUT, null));
        assertEquals(Duration.ofSeconds(120), FollowUpRules.backoff(3, JiraFailure.UNREACHABLE, null));
        assertEquals(Duration.ofHours(1), FollowUpRules.backoff(30, JiraFailure.UNREACHABLE, null));
    }

    @Test
    public void retryAfterAndRefusedCredentialsWaitLonger() {
        assertEquals(Duration.ofMinutes(5), FollowUpRules.backoff(1, JiraFailure.RATE_LIMITED, Duration.ofMinutes(5)));
        assertEquals(Duration.ofSeconds(60), FollowUpRules.backoff(2, JiraFailure.RATE_LIMITED, Duration.ofSeconds(1)));
        assertEquals(Duration.ofMinutes(10), FollowUpRules.backoff(1, JiraFailure.UNAUTHORIZED, null));
    }

    @Test
    public void privateFeedbackIsForTheAuthorThePersonItIsAboutAndSpaceAdmins() {
        FeedbackItem item = new FeedbackItem(1, "S", "b", 1, "author", Subject.PERSON, "subject", Kind.IMPROVEMENT,
                Visibility.PRIVATE, "text", Instant.now());

        assertTrue(FollowUpRules.canSee(item, "author", false));
        assertTrue(FollowUpRules.canSee(item, "subject", false));
        assertTrue(FollowUpRules.canSee(item, "someone", true));
        assertFalse(FollowUpRules.canSee(item, "someone", false));
        assertFalse(FollowUpRules.canSee(item, null, false));
    }

    @Test
    public void labelsAreJiraLabelsAndNeverLookLikeTheMarker() {
        assertEquals(List.of("social", "q4"), FollowUpRules.labels("social, q4 social"));
        for (String bad : List.of("two words\"", "sp-fu-123", "a;b")) {
            try {
                FollowUpRules.labels(bad);
                fail(bad);
            } catch (PlaybookException e) {
                assertEquals("social-playbook.feedback.label-invalid", e.key());
            }
        }
    }

    @Test
    public void overLongTitlesMalformedKeysAndDatesAreRefusedWithTheFieldNamed() {
        expectInvalid(() -> FollowUpRules.title("x".repeat(201)), "title", "social-playbook.feedback.too-long");
        expectInvalid(() -> FollowUpRules.issueKey("SOC_12"), "key", "social-playbook.feedback.key-invalid");
        expectInvalid(() -> FollowUpRules.due("31/12/2026"), "due", "social-playbook.feedback.due-invalid");
        expectInvalid(() -> FollowUpRules.projectKey("so c"), "project", "social-playbook.feedback.project-invalid");
        expectInvalid(() -> FollowUpRules.boardKey("a/b"), "board", "social-playbook.feedback.board-invalid");
        assertEquals("SOC-7", FollowUpRules.issueKey(" soc-7 "));
    }

    @Test
    public void markersAreUniqueJiraLabels() {
        String a = FollowUpRules.newMarker();
        assertTrue(org.socialplaybook.jira.JiraClient.isLabel(a));
        assertFalse(a.equals(FollowUpRules.newMarker()));
    }

    @Test
    public void searchRequestsGrowByChunks() {
        assertEquals(0, FollowUpRules.chunks(0, 100));
        assertEquals(1, FollowUpRules.chunks(100, 100));
        assertEquals(10, FollowUpRules.chunks(1000, 100));
    }

    @Test
    public void keysBuiltAtRunTimeExistInBothLanguages() {
        for (JiraFailure failure : JiraFailure.values()) {
            I18nBundles.assertHasKey(failure.i18nKey());
        }
        for (Kind kind : Kind.values()) {
            I18nBundles.assertHasKey("social-playbook.feedback.kind." + kind.name().toLowerCase());
        }
        for (Subject subject : Subject.values()) {
            I18nBundles.assertHasKey("social-playbook.feedback.about." + subject.name().toLowerCase());
        }
        for (String state : List.of("open", "overdue", "done")) {
            I18nBundles.assertHasKey("social-playbook.feedback.state." + state);
        }
    }

    private static void expectInvalid(Runnable r, String field, String key) {
        try {
            r.run();
            fail("expected " + key);
        } catch (PlaybookException e) {
            assertEquals(PlaybookException.Kind.INVALID, e.kind());
            assertEquals(field, e.field());
            assertEquals(key, e.key());
        }
    }
}

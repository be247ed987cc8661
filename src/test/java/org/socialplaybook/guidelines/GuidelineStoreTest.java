package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** The store and the recorder on the real ORM (in-memory HSQLDB): versions, policies, append-only history, queries. */
public class GuidelineStoreTest {
    private static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");

    private EmbeddedActiveObjects ao;
    private GuidelineStore store;
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Set<Long> existingPages = new HashSet<>(Set.of(1201L, 1202L));
    /** Every view is of a new page version (an edit), unless a test says otherwise. */
    private final java.util.concurrent.atomic.AtomicInteger pageVersion = new java.util.concurrent.atomic.AtomicInteger(2);
    private GuidelineRecorder recorder;
    private final org.socialplaybook.sandbox.confluence.SandboxCacheManager caches =
            new org.socialplaybook.sandbox.confluence.SandboxCacheManager(java.time.Clock.systemUTC());

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(GuidelineEntity.class, GuidelineVersionEntity.class, GuidelineAckEntity.class);
        store = new GuidelineStore(ao);
        PageManager pages = new PageManager() {
            @Override
            public AbstractPage getAbstractPage(long id) {
                if (!existingPages.contains(id)) {
                    return null;
                }
                Page page = new Page();
                page.setId(id);
                page.setTitle("Page " + id);
                return page;
            }

            @Override
            public Page getPage(String spaceKey, String title) {
                return null;
            }
        };
        recorder = new GuidelineRecorder(store, pages, new TimeSource(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        }), new org.socialplaybook.platform.SpaceVersions(caches));
    }

    @After
    public void tearDown() {
        ao.close();
    }

    static GuidelineSettings settings(String key, ReackPolicy policy, String label) {
        return new GuidelineSettings(key, "Title of " + key, GuidelineCategory.PRIVACY, GuidelineLevel.MUST,
                new Audience(Set.of(), Set.of("social-team")), true, 14, policy, label, Set.of("owner"), List.of(),
                null, null, false);
    }

    private Guideline view(String key, ReackPolicy policy, String label, String html) {
        return view(key, policy, label, html, 1201);
    }

    private Guideline view(String key, ReackPolicy policy, String label, String html, long pageId) {
        return viewAt(key, policy, label, html, pageId, pageVersion.incrementAndGet());
    }

    private Guideline viewAt(String key, ReackPolicy policy, String label, String html, long pageId, int version) {
        GuidelineRecorder.Observation observation = recorder.observe("SOCIAL", pageId, version,
                settings(key, policy, label), GuidelineBody.of(html));
        assertFalse(observation.elsewhere());
        assertFalse(observation.duplicateOnPage());
        return observation.guideline();
    }

    private void later(Duration duration) {
        now.set(now.get().plus(duration));
    }

    @Test
    public void theFirstViewRecordsTheGuidelineWithItsFirstVersion() {
        Guideline g = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");

        assertEquals("SOCIAL", g.spaceKey());
        assertEquals(1201, g.pageId());
        assertEquals(1, g.currentRevision());
        assertEquals(1, g.versionCount());
        assertEquals(T0, g.requiredSince());
        assertEquals(Set.of("owner"), g.owners());
        List<GuidelineVersion> versions = store.versions(g.id());
        assertEquals(1, versions.size());
        assertEquals("Never share data.", versions.get(0).text());
        assertEquals(pageVersion.get(), versions.get(0).pageVersion());
        assertEquals(3, versions.get(0).wordCount());
    }

    @Test
    public void viewingTheSamePageVersionAgainCostsOneQueryAndWritesNothing() {
        viewAt("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>", 1201, 7);
        ao.statements().reset();

        later(Duration.ofDays(1));
        Guideline again = viewAt("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>", 1201, 7);

        assertEquals(1, ao.statements().count());
        assertEquals(1, again.currentRevision());
    }

    @Test
    public void aReformattedTextOnANewPageVersionIsTheSameVersionOfTheGuideline() {
        view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");

        later(Duration.ofDays(1));
        Guideline again = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never   <em>share</em> data.</p>");

        assertEquals(1, again.currentRevision());
        assertEquals(1, again.versionCount());
        assertEquals(T0, again.requiredSince());
        assertEquals(pageVersion.get(), again.currentPageVersion());
    }

    @Test
    public void twoBlocksWithTheSameKeyOnOnePageVersionAreReportedAndDoNotFlipTheGuideline() {
        Guideline first = viewAt("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>", 1201, 9);

        GuidelineRecorder.Observation copy = recorder.observe("SOCIAL", 1201, 9,
                settings("privacy", ReackPolicy.EVERY_CHANGE, ""), GuidelineBody.of("<p>A different text.</p>"));
        GuidelineRecorder.Observation firstAgain = recorder.observe("SOCIAL", 1201, 9,
                settings("privacy", ReackPolicy.EVERY_CHANGE, ""), GuidelineBody.of("<p>Never share data.</p>"));

        assertTrue(copy.duplicateOnPage());
        assertFalse(firstAgain.duplicateOnPage());
        assertEquals(first, store.find("SOCIAL", "privacy").orElseThrow());
        assertEquals(1, store.versions(first.id()).size());
    }

    @Test
    public void aChangedTextIsVersionTwoAndRestartsTheDueClock() {
        view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");
        later(Duration.ofDays(5));

        Guideline changed = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share customer data.</p>");

        assertEquals(2, changed.currentRevision());
        assertEquals(T0.plus(Duration.ofDays(5)), changed.requiredSince());
        assertEquals(2, store.versions(changed.id()).size());
    }

    @Test
    public void revertingToAnEarlierTextReusesItsVersion() {
        Guideline first = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");
        view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Always share data.</p>");

        Guideline reverted = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");

        assertEquals(first.currentVersionId(), reverted.currentVersionId());
        assertEquals(1, reverted.currentRevision());
        assertEquals(2, reverted.versionCount());
    }

    @Test
    public void underVersionChangeATypoFixIsANewVersionButTheRequirementStaysUntilTheLabelChanges() {
        view("privacy", ReackPolicy.VERSION_CHANGE, "1.0", "<p>Never share dta.</p>");
        later(Duration.ofDays(2));
        Guideline typoFixed = view("privacy", ReackPolicy.VERSION_CHANGE, "1.0", "<p>Never share data.</p>");
        later(Duration.ofDays(2));
        Guideline relabelled = view("privacy", ReackPolicy.VERSION_CHANGE, "2.0", "<p>Never share data.</p>");

        assertEquals(2, typoFixed.currentRevision());
        assertEquals(T0, typoFixed.requiredSince());
        assertEquals(3, relabelled.currentRevision());
        assertEquals("2.0", relabelled.currentLabel());
        assertEquals(T0.plus(Duration.ofDays(4)), relabelled.requiredSince());
    }

    @Test
    public void changedSettingsAreKeptWithoutANewVersion() {
        Guideline before = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");
        GuidelineSettings renamed = new GuidelineSettings("privacy", "Privacy, renamed", GuidelineCategory.LEGAL,
                GuidelineLevel.SHOULD, new Audience(Set.of("liam"), Set.of()), false, null, ReackPolicy.EVERY_CHANGE, "",
                Set.of(), List.of(), null, null, false);

        Guideline after = recorder.observe("SOCIAL", 1201, pageVersion.incrementAndGet(), renamed,
                GuidelineBody.of("<p>Never share data.</p>")).guideline();

        assertEquals(before.currentVersionId(), after.currentVersionId());
        assertEquals("Privacy, renamed", after.title());
        assertEquals(GuidelineLevel.SHOULD, after.level());
        assertFalse(after.ackRequired());
        assertEquals(new Audience(Set.of("liam"), Set.of()), after.audience());
        assertEquals(store.find("SOCIAL", "privacy").orElseThrow(), after);
    }

    @Test
    public void aKeyThatBelongsToAGuidelineOnAnotherPageIsReportedAndNotRecorded() {
        Guideline original = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>", 1201);

        GuidelineRecorder.Observation copy = recorder.observe("SOCIAL", 1202, 1,
                settings("privacy", ReackPolicy.EVERY_CHANGE, ""), GuidelineBody.of("<p>Something else.</p>"));

        assertTrue(copy.elsewhere());
        assertEquals("Page 1201", copy.otherPageTitle());
        assertEquals(original, store.find("SOCIAL", "privacy").orElseThrow());
    }

    @Test
    public void aGuidelineWhosePageWasDeletedMovesToThePageThatNowHasIt() {
        view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>", 1201);
        existingPages.remove(1201L);

        Guideline moved = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>", 1202);

        assertEquals(1202, moved.pageId());
        assertEquals(1, moved.currentRevision());
    }

    @Test
    public void aSecondCreationOfTheSameGuidelineFailsAsAWholeAndLeavesNoOrphanVersion() {
        GuidelineStore.Observed observed = new GuidelineStore.Observed("f1", "", "text", 1, 1);
        store.record(null, "SOCIAL", 1201, settings("privacy", ReackPolicy.EVERY_CHANGE, ""), observed, T0);

        try {
            store.record(null, "SOCIAL", 1201, settings("privacy", ReackPolicy.EVERY_CHANGE, ""),
                    new GuidelineStore.Observed("f2", "", "other", 1, 1), T0);
            fail("the scope token is unique");
        } catch (RuntimeException expected) {
            // the unique constraint refused the duplicate
        }

        assertEquals(1, store.inSpace("SOCIAL").size());
        assertEquals(1, ao.count(GuidelineVersionEntity.class));
    }

    @Test
    public void acknowledgementsAreAppendOnlyAndOnePerPersonAndVersion() {
        Guideline v1 = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");
        store.acknowledge(v1, "liam", T0.plusSeconds(60));
        try {
            store.acknowledge(v1, "liam", T0.plusSeconds(61));
            fail("a second acknowledgement of the same version must be refused");
        } catch (RuntimeException expected) {
            // ACK_TOKEN is unique
        }
        Guideline v2 = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share customer data.</p>");

        store.acknowledge(v2, "liam", T0.plusSeconds(120));

        List<Acknowledgement> history = store.acknowledgements(v2.id());
        assertEquals(2, history.size());
        assertEquals(1, history.get(0).revision());
        assertEquals(2, history.get(1).revision());
        assertEquals(T0.plusSeconds(60), history.get(0).acknowledgedAt());
        assertEquals(ReaderStatus.State.ACKNOWLEDGED, ReaderStatus.of(v2, store.acknowledgements(v2.id(), "liam"), T0).state());
        assertTrue(store.findAcknowledgement(v1.currentVersionId(), "liam").isPresent());
        assertFalse(store.findAcknowledgement(v1.currentVersionId(), "nora").isPresent());
    }

    @Test
    public void coveringCountsFollowEachGuidelinesPolicy() {
        Guideline text = view("text", ReackPolicy.EVERY_CHANGE, "", "<p>A.</p>");
        Guideline label = view("label", ReackPolicy.VERSION_CHANGE, "1.0", "<p>B.</p>");
        Guideline unlabelled = view("unlabelled", ReackPolicy.VERSION_CHANGE, "", "<p>C.</p>");
        store.acknowledge(text, "liam", T0);
        store.acknowledge(label, "liam", T0);
        store.acknowledge(unlabelled, "liam", T0);
        text = view("text", ReackPolicy.EVERY_CHANGE, "", "<p>A, changed.</p>");
        label = view("label", ReackPolicy.VERSION_CHANGE, "1.0", "<p>B, typo fixed.</p>");
        unlabelled = view("unlabelled", ReackPolicy.VERSION_CHANGE, "", "<p>C, typo fixed.</p>");
        Guideline relabelled = view("label", ReackPolicy.VERSION_CHANGE, "2.0", "<p>B, typo fixed.</p>");

        assertEquals(0, store.countCovering(text, null));
        assertEquals(1, store.countCovering(label, null));
        assertEquals(1, store.countCovering(unlabelled, Set.of("liam", "nora")));
        assertEquals(0, store.countCovering(relabelled, null));
    }

    @Test
    public void onlyTheGivenPeopleAreCountedInOneQueryForTwoThousandOfThem() {
        Guideline g = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");
        for (int i = 0; i < 30; i++) {
            store.acknowledge(g, "user" + i, T0);
        }
        Set<String> audience = new java.util.LinkedHashSet<>();
        for (int i = 10; i < 2010; i++) {
            audience.add("user" + i);
        }
        ao.statements().reset();

        int inAudience = store.countCovering(g, audience);
        long queries = ao.statements().count();
        audience.add("one-more");
        int withOneMore = store.countCovering(g, audience);

        assertEquals(20, inAudience);
        assertEquals(1, queries);
        assertEquals(20, withOneMore);
        assertEquals(30, store.countCovering(g, null));
    }

    @Test
    public void statusQueriesCostTheSameForThreeOrThreeHundredAcknowledgements() {
        Guideline g = view("privacy", ReackPolicy.EVERY_CHANGE, "", "<p>Never share data.</p>");
        for (int i = 0; i < 3; i++) {
            store.acknowledge(g, "user" + i, T0);
        }
        ao.statements().reset();
        store.acknowledgements(g.id());
        store.countCovering(g, Set.of("user1", "user2"));
        store.acknowledgements(g.id(), "user1");
        long few = ao.statements().count();
        for (int i = 3; i < 300; i++) {
            store.acknowledge(g, "user" + i, T0);
        }

        ao.statements().reset();
        List<Acknowledgement> all = store.acknowledgements(g.id());
        int covered = store.countCovering(g, Set.of("user1", "user2", "user299"));
        store.acknowledgements(g.id(), "user1");

        assertEquals(3, few);
        assertEquals(few, ao.statements().count());
        assertEquals(300, all.size());
        assertEquals(3, covered);
    }

    @Test
    public void manyGuidelinesAndVersionsAreLoadedInChunksNotOneByOne() {
        List<Guideline> guidelines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            guidelines.add(view("g" + i, ReackPolicy.EVERY_CHANGE, "", "<p>Text " + i + "</p>"));
        }
        ao.statements().reset();

        List<Guideline> inSpace = store.inSpace("SOCIAL");
        List<GuidelineVersion> versions = store.versionsById(guidelines.stream().map(Guideline::currentVersionId).toList());

        assertEquals(1 + 3, ao.statements().count());
        assertEquals(120, inSpace.size());
        assertEquals(120, versions.size());
    }

    @Test
    public void thePageVersionsGuidelinesAreOneQueryWithoutThoseThatLeftThePage() {
        viewAt("removed", ReackPolicy.EVERY_CHANGE, "", "<p>Only on version 6 of the page.</p>", 1201, 6);
        List<Guideline> onPage = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            onPage.add(viewAt("p" + i, ReackPolicy.EVERY_CHANGE, "", "<p>Text " + i + "</p>", 1201, 7));
        }
        viewAt("elsewhere", ReackPolicy.EVERY_CHANGE, "", "<p>On another page.</p>", 1202, 7);
        ao.statements().reset();

        List<Guideline> found = store.onPage("SOCIAL", 1201, 7);

        assertEquals(1, ao.statements().count());
        assertEquals(onPage, found);
    }

    @Test
    public void coveringAcknowledgementsOfManyGuidelinesAreReadInChunksAndCountAsTheCountsDo() {
        List<Guideline> guidelines = new ArrayList<>();
        for (int i = 0; i < GuidelineStore.CHUNK + 10; i++) {
            ReackPolicy policy = i % 3 == 0 ? ReackPolicy.VERSION_CHANGE : ReackPolicy.EVERY_CHANGE;
            guidelines.add(view("c" + i, policy, i % 2 == 0 ? "1.0" : "", "<p>Rule " + i + "</p>"));
        }
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            people.add("user" + i);
        }
        for (int i = 0; i < guidelines.size(); i++) {
            for (int u = 0; u < i % 5; u++) {
                store.acknowledge(guidelines.get(i), "user" + (u * 700), T0);
            }
            store.acknowledge(guidelines.get(i), "outsider", T0);
        }
        Guideline changed = view("c1", ReackPolicy.EVERY_CHANGE, "", "<p>Rule 1, changed.</p>");
        guidelines.set(1, changed);
        ao.statements().reset();

        java.util.Map<Integer, List<String>> inAudience = store.coveringUsers(guidelines, people);
        long queries = ao.statements().count();
        java.util.Map<Integer, List<String>> anyone = store.coveringUsers(guidelines, null);

        // two chunks of guidelines, each with two chunks of people
        assertEquals(4, queries);
        assertEquals(6, ao.statements().count());
        for (Guideline g : guidelines) {
            assertEquals(g.key(), store.countCovering(g, people), inAudience.getOrDefault(g.id(), List.of()).size());
            assertEquals(g.key(), store.countCovering(g, null), anyone.getOrDefault(g.id(), List.of()).size());
        }
        assertTrue(anyone.get(guidelines.get(4).id()).contains("outsider"));
        assertFalse(inAudience.get(guidelines.get(4).id()).contains("outsider"));
        assertFalse(inAudience.containsKey(changed.id()));
    }

    @Test
    public void differentTextsHaveDifferentVersionTokensPerGuideline() {
        assertNotEquals(GuidelineStore.versionToken(1, "f", "1.0"), GuidelineStore.versionToken(1, "f", "2.0"));
        assertNotEquals(GuidelineStore.versionToken(1, "f", ""), GuidelineStore.versionToken(2, "f", ""));
    }
}

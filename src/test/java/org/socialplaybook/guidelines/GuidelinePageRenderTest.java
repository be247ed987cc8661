package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;
import org.socialplaybook.testing.SandboxRule;

/**
 * Pages of guideline blocks rendered as the sandbox renders a page view (one ConversionContext per render, every
 * block through it), with an audience of 2,000 people and thousands of acknowledgements: the render's first block
 * loads what all blocks need, so a page of 20 blocks costs the same queries as a page of 2, for a reader and for an
 * owner; every block shows exactly what it shows when it queries on its own; and nothing a render loaded is seen by
 * another render or another reader.
 */
public class GuidelinePageRenderTest {
    static final GuidelineSandbox.MovableClock CLOCK = new GuidelineSandbox.MovableClock();

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withoutDemoData().withClock(CLOCK));

    private static final String SPACE = "SOCIAL";
    private static Sandbox sandbox;
    private static BigAudience audience;
    private static BigAudience.Parts parts;
    private static long twoBlocks;
    private static long twentyBlocks;
    private static long mixed;
    private static List<Spec> mixedSpecs;

    /** One block: its key, parameters (in page order) and body. */
    record Spec(String key, Map<String, String> parameters, String body) {
        static Spec of(String key, String body, String... parameters) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("key", key);
            map.put("title", "Title of " + key);
            for (int i = 0; i < parameters.length; i += 2) {
                map.put(parameters[i], parameters[i + 1]);
            }
            return new Spec(key, map, body);
        }

        String storage() {
            StringBuilder xml = new StringBuilder("<ac:structured-macro ac:name=\"guideline\" ac:schema-version=\"1\">");
            parameters.forEach((name, value) -> xml.append("<ac:parameter ac:name=\"").append(name).append("\">")
                    .append(value).append("</ac:parameter>"));
            return xml.append("<ac:rich-text-body>").append(body).append("</ac:rich-text-body></ac:structured-macro>")
                    .toString();
        }
    }

    private static Spec closed(String key, String body) {
        return Spec.of(key, body, "audience-groups", BigAudience.GROUP, "due-days", "14", "owners", "liam");
    }

    private static Spec open(String key) {
        return Spec.of(key, "<p>Say who you are when you answer for the team.</p>", "owners", "liam");
    }

    @BeforeClass
    public static void pages() throws Exception {
        sandbox = SANDBOX.sandbox();
        audience = new BigAudience(sandbox, 2000, "liam", "nora", "sofia");
        parts = audience.parts(sandbox);
        // the same kinds of blocks on both pages: closed audiences (the first one changed since Nora accepted it,
        // the second accepted by her) and one open guideline; only their number differs
        List<Spec> two = List.of(closed("two-0", "<p>Answer within two hours.</p>"), open("two-open"));
        List<Spec> twenty = new ArrayList<>();
        IntStream.range(0, 19).forEach(i -> twenty.add(closed("twenty-" + i, "<p>Rule number " + i + ": be kind.</p>")));
        twenty.add(open("twenty-open"));
        twoBlocks = create("Two guidelines", two);
        twentyBlocks = create("Twenty guidelines", twenty);
        mixedSpecs = List.of(
                closed("mixed-changed", "<p>Never share customer data outside the CRM.</p>"),
                closed("mixed-accepted", "<p>Thank people who report a problem.</p>"),
                Spec.of("mixed-label", "<p>Use the approved hashtags.</p>", "audience-groups", BigAudience.GROUP,
                        "reack", "version-change", "version", "2.0", "due-days", "30"),
                open("mixed-open"),
                Spec.of("mixed-tip", "<p>One emoji is enough.</p>", "level", "tip", "ack-required", "false"),
                Spec.of("mixed-team", "<p>Post on weekdays.</p>", "audience-groups", "social-team", "due-days", "7"),
                Spec.of("mixed-nora", "<p>Nora reviews the campaign calendar.</p>", "audience-users", "nora", "owners", "nora"),
                Spec.of("mixed-accepted", "<p>A second block with a key already on the page.</p>"),
                Spec.of("two-0", "<p>A key that belongs to another page.</p>"));
        mixed = create("Mixed guidelines", mixedSpecs);

        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        List<String> members = new ArrayList<>(audience.members()).subList(3, 1503);
        List<String> outsiders = IntStream.range(0, 300).mapToObj(i -> "outsider-" + i).toList();
        List<Guideline> recorded = new ArrayList<>();
        for (long page : List.of(twoBlocks, twentyBlocks, mixed)) {
            recorded.addAll(store.onPage(SPACE, page, 1));
        }
        List<String> people = new ArrayList<>(members);
        people.addAll(outsiders);
        GuidelineSandbox.insertAcknowledgements(sandbox.activeObjects(), recorded, people);
        String nora = sandbox.userKey("nora");
        for (String key : List.of("two-0", "twenty-0", "twenty-1", "mixed-changed", "mixed-accepted", "mixed-label")) {
            store.acknowledge(store.find(SPACE, key).orElseThrow(), nora, CLOCK.instant());
        }
        // a new text for the first guideline of each page: Nora accepted the one before
        CLOCK.advance(Duration.ofDays(3));
        edit(twoBlocks, "Answer within two hours.", "Answer within one hour.");
        edit(twentyBlocks, "Rule number 0: be kind.", "Rule number 0: be kind and brief.");
        edit(mixed, "outside the CRM.", "outside the CRM, ever.");
        // past the 14-day due date of the first version (the changed ones restarted their clock three days ago)
        CLOCK.advance(Duration.ofDays(12));
    }

    private static long create(String title, List<Spec> specs) {
        String storage = "<p>Guidelines under test.</p>" + String.join("", specs.stream().map(Spec::storage).toList());
        long id = sandbox.pages().create(SPACE, title, GuidelineSandbox.GUIDELINES_PAGE, storage, "sofia",
                CLOCK.instant()).id();
        render("sofia", id);
        return id;
    }

    private static void edit(long pageId, String from, String to) {
        String storage = sandbox.pages().find(pageId).orElseThrow().storage();
        assertTrue(storage.contains(from));
        sandbox.pages().save(pageId, storage.replace(from, to), "sofia", CLOCK.instant());
        render("sofia", pageId);
    }

    private static String render(String user, long pageId) {
        String html = BigAudience.render(sandbox, parts.renderer(), user, pageId);
        assertFalse(html, html.contains("conf-macro-error") || html.contains("aui-message-error"));
        return html;
    }

    /** What a render costs when no kept render may be used (the space changed since: RenderedMacros). */
    private static long statementsOfOneRender(String user, long pageId) {
        render(user, pageId);
        EmbeddedActiveObjects ao = sandbox.activeObjects();
        sandbox.components().get(org.socialplaybook.platform.SpaceVersions.class).changedAnywhere();
        ao.statements().reset();
        render(user, pageId);
        return ao.statements().count();
    }

    private static int count(String html, String text) {
        return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Test
    public void aReaderPaysTheSameQueriesForTwentyBlocksAsForTwo() {
        long two = statementsOfOneRender("nora", twoBlocks);
        long twenty = statementsOfOneRender("nora", twentyBlocks);

        assertEquals(two, twenty);
        // the page's guidelines, Nora's acknowledgements of them, the two versions of the one changed since
        assertEquals(3, twenty);
        String html = render("nora", twentyBlocks);
        assertEquals(20, count(html, "class=\"sp-guideline "));
        assertEquals(1, count(html, "data-reader-state=\"CHANGED\""));
        assertEquals(1, count(html, "class=\"sp-diff\""));
        assertEquals(1, count(html, "data-reader-state=\"ACKNOWLEDGED\""));
        assertEquals(18, count(html, "data-reader-state=\"NOT_ACKNOWLEDGED\""));
    }

    @Test
    public void anOwnerPaysTheSameQueriesForTwentyBlocksAsForTwo() {
        long two = statementsOfOneRender("liam", twoBlocks);
        long twenty = statementsOfOneRender("liam", twentyBlocks);

        assertEquals(two, twenty);
        // the guidelines, Liam's acknowledgements, the covering acknowledgements of the 2,000 people (two chunks),
        // and those of the open guideline
        assertEquals(5, twenty);
        String html = render("liam", twentyBlocks);
        assertEquals(20, count(html, "class=\"sp-guideline-progress-text\""));
        // 1,500 members acknowledged the current versions (300 outsiders do not count); Nora the second one too
        assertEquals(1, count(html, "progress-text\">1,501 of 2,000 acknowledged"));
        assertEquals(17, count(html, "progress-text\">1,500 of 2,000 acknowledged"));
        // the changed one: only Nora's acknowledgement was of the text before, and she is not counted
        assertEquals(1, count(html, "progress-text\">0 of 2,000 acknowledged"));
        assertEquals(1, count(html, "progress-text\">1,800 people acknowledged the current version"));
    }

    @Test
    public void everyBlockShowsWhatItShowsWhenItQueriesOnItsOwn() {
        for (String user : List.of("nora", "liam", "sofia", "marco", "victor")) {
            StorageFormatRenderer.Context context = BigAudience.context(sandbox, mixed);
            GuidelineBlocks.Where where = new GuidelineBlocks.Where(SPACE, mixed, context.getEntity().getVersion(), "display");
            GuidelinePrefetch prefetch = sandbox.as(user, () -> parts.prefetcher().forRender(context, SPACE, mixed,
                    context.getEntity().getVersion()));
            for (Spec spec : mixedSpecs) {
                GuidelineBlocks.Block alone = sandbox.as(user, () -> parts.blocks().block(spec.parameters(), spec.body(), where));
                GuidelineBlocks.Block prefetched = sandbox.as(user,
                        () -> parts.blocks().block(spec.parameters(), spec.body(), where, prefetch));

                assertEquals(spec.key() + " for " + user, alone, prefetched);
            }
        }
    }

    @Test
    public void theMixedPageShowsEachKindOfBlock() {
        String nora = render("nora", mixed);
        String liam = render("liam", mixed);

        assertEquals(1, count(nora, "data-reader-state=\"CHANGED\""));
        assertEquals(2, count(nora, "data-reader-state=\"ACKNOWLEDGED\""));
        assertTrue(nora.contains("<ins>"));
        assertEquals(2, count(nora, "aui-message-warning"));
        assertTrue(liam.contains("progress-text\">1,800 people acknowledged the current version"));
        assertTrue(liam.contains("sp-guideline-overdue\">"));
    }

    @Test
    public void aNewRenderSeesWhatChangedAfterTheLastOne() {
        long page = create("Accepted between two views", List.of(closed("between-views", "<p>Check the facts.</p>")));
        String before = render("nora", page);
        Guideline g = sandbox.components().get(GuidelineStore.class).find(SPACE, "between-views").orElseThrow();
        sandbox.as("nora", () -> parts.service().acknowledge(SPACE, g.key(), new AcknowledgeRequest(g.currentVersionId())));
        // this test's service is built from its own parts (its big audience), not the REST API's, so it does what the
        // API's response filter does after a successful write (WritesChangeSpaces): the space gets a new version
        sandbox.components().get(org.socialplaybook.platform.SpaceVersions.class).changedAnywhere();

        String after = render("nora", page);

        assertTrue(before.contains("data-reader-state=\"NOT_ACKNOWLEDGED\""));
        assertTrue(after.contains("data-reader-state=\"ACKNOWLEDGED\""));
    }

    @Test
    public void aContextReusedForAnotherReaderIsLoadedAgainForThem() {
        StorageFormatRenderer.Context context = BigAudience.context(sandbox, twentyBlocks);
        String storage = sandbox.pages().find(twentyBlocks).orElseThrow().storage();
        sandbox.as("nora", () -> parts.renderer().render(storage, context));
        Object noras = context.getProperty(GuidelinePrefetcher.PROPERTY + twentyBlocks);

        String liamInNorasContext = sandbox.as("liam", () -> parts.renderer().render(storage, context));

        assertNotSame(noras, context.getProperty(GuidelinePrefetcher.PROPERTY + twentyBlocks));
        assertEquals(render("liam", twentyBlocks), liamInNorasContext);
        assertFalse(liamInNorasContext.contains("data-reader-state=\"CHANGED\""));
    }

    @Test
    public void theBlocksOfOneRenderShareOnePrefetch() {
        StorageFormatRenderer.Context context = BigAudience.context(sandbox, twoBlocks);
        int version = context.getEntity().getVersion();
        GuidelinePrefetch first = sandbox.as("nora", () -> parts.prefetcher().forRender(context, SPACE, twoBlocks, version));
        GuidelinePrefetch second = sandbox.as("nora", () -> parts.prefetcher().forRender(context, SPACE, twoBlocks, version));
        GuidelinePrefetch otherRender = sandbox.as("nora", () -> parts.prefetcher()
                .forRender(BigAudience.context(sandbox, twoBlocks), SPACE, twoBlocks, version));

        assertSame(first, second);
        assertNotSame(first, otherRender);
    }
}

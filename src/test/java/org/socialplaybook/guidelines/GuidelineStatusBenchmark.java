package org.socialplaybook.guidelines;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;
import org.socialplaybook.testing.Measure;

/**
 * What guideline status costs. Part 1: a page with 1, 20 and 100 guideline blocks, each with 100 or 5,000
 * acknowledgements, rendered as the sandbox renders a page view (real macros, Velocity, AO on HSQLDB; one new
 * ConversionContext per render, every block through it, so the blocks share what the first one loads) for a reader
 * and for a space admin (who also gets each block's progress bar): median time and SQL statements per render.
 * Part 2: the owner's report and the progress of one guideline whose audience is 2,000 people, and the reader
 * status of 20 guidelines with that audience asked one by one (as the REST status does). Part 3: a page of 20
 * blocks whose audience is those 2,000 people, rendered for a reader and for an owner, with the blocks sharing
 * the render's prefetch and, for comparison, with each block asking the store on its own as before. Measures only;
 * asserts nothing. Run: {@code mvn test -Dtest='GuidelineStatusBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
public class GuidelineStatusBenchmark {
    private static final int RUNS = 5;
    private final List<String> lines = new ArrayList<>();

    @Test
    public void guidelineStatusCost() throws Exception {
        Path data = Files.createTempDirectory("guideline-benchmark");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(data).withoutDemoData())) {
            GuidelineMacro macro = sandbox.components().get(GuidelineMacro.class);
            StorageFormatRenderer renderer = new StorageFormatRenderer(
                    name -> "guideline".equals(name) ? Optional.<Macro>of(macro) : Optional.empty(), key -> null, title -> null);
            print("Guideline status benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, HSQLDB in memory, "
                    + RUNS + " runs, median)");
            print("");
            print("Part 1: page render (one context for all its blocks), N guideline blocks, A acknowledgements each");
            print(String.format("%7s %7s | %12s %8s | %12s %8s", "blocks", "acks", "reader ms", "queries", "admin ms", "queries"));
            for (int blocks : new int[] {1, 20, 100}) {
                for (int acks : new int[] {100, 5000}) {
                    pageCase(sandbox, renderer, blocks, acks);
                }
            }
            print("");
            print("Part 2: one guideline, audience of 2,000 people (a group), A acknowledgements");
            print(String.format("%7s | %12s %8s | %12s %8s | %22s %8s", "acks", "report ms", "queries", "bar ms",
                    "queries", "20 statuses (reader) ms", "queries"));
            for (int acks : new int[] {100, 5000}) {
                audienceCase(sandbox, acks);
            }
            print("");
            print("Part 3: page render of 20 guideline blocks, audience of 2,000 people (a group), A acknowledgements each;");
            print("        shared: the blocks share the render's prefetch; alone: each block queries on its own (as before)");
            print(String.format("%7s | %18s %8s | %17s %8s | %18s %8s | %17s %8s", "acks", "reader shared ms", "queries",
                    "reader alone ms", "queries", "owner shared ms", "queries", "owner alone ms", "queries"));
            BigAudience audience = new BigAudience(sandbox, 2000, "liam", "nora", "sofia");
            BigAudience.Parts parts = audience.parts(sandbox);
            StorageFormatRenderer alone = new StorageFormatRenderer(name -> "guideline".equals(name)
                    ? Optional.<Macro>of(new AloneMacro(parts.blocks(), sandbox.components().get(Views.class)))
                    : Optional.empty(), key -> null, title -> null);
            for (int acks : new int[] {100, 5000}) {
                bigPageCase(sandbox, parts.renderer(), alone, acks);
            }
        }
        Path out = Path.of("target/benchmarks/guideline-status.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** A new page of {@code blocks} blocks for the social team; Liam and member-1 onwards acknowledged them. */
    private void pageCase(Sandbox sandbox, StorageFormatRenderer renderer, int blocks, int acks) throws Exception {
        String prefix = "b" + blocks + "-a" + acks + "-";
        StringBuilder storage = new StringBuilder("<p>Benchmark page.</p>");
        for (int i = 0; i < blocks; i++) {
            storage.append(GuidelineSandbox.block(prefix + i, "<p>Guideline number " + i
                    + ": answer customers within two hours, kindly.</p><table><tbody><tr><th>Do</th><th>Don't</th></tr>"
                    + "<tr><td>Listen first.</td><td>Argue in public.</td></tr></tbody></table>",
                    "audience-groups", "social-team", "due-days", "14"));
        }
        long page = sandbox.pages().create("SOCIAL", "Benchmark " + blocks + " " + acks, GuidelineSandbox.GUIDELINES_PAGE,
                storage.toString(), "sofia", Instant.now()).id();
        render(sandbox, renderer, "sofia", page, blocks);
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        GuidelineSandbox.insertAcknowledgements(sandbox.activeObjects(), store.onPage("SOCIAL", page, 1),
                people(acks, sandbox.userKey("liam")));
        long[] reader = measure(sandbox, renderer, "liam", page, blocks);
        long[] admin = measure(sandbox, renderer, "sofia", page, blocks);
        print(String.format("%7d %7d | %12d %8d | %12d %8d", blocks, acks, reader[0], reader[1], admin[0], admin[1]));
    }

    private void audienceCase(Sandbox sandbox, int acks) throws Exception {
        Set<String> audience = new LinkedHashSet<>();
        audience.add(sandbox.userKey("sofia"));
        for (int i = 1; i < 2000; i++) {
            audience.add("member-" + i);
        }
        GuidelinePeople bigDirectory = new GuidelinePeople(null, null) {
            @Override
            public boolean isMember(String userKey, String group) {
                return audience.contains(userKey);
            }

            @Override
            public Set<String> members(String group) {
                return audience;
            }

            @Override
            public java.util.Map<String, org.socialplaybook.platform.Person> describeAll(java.util.Collection<String> keys) {
                java.util.Map<String, org.socialplaybook.platform.Person> people = new java.util.LinkedHashMap<>();
                keys.forEach(k -> people.put(k, new org.socialplaybook.platform.Person(k, k, "Person " + k, null, true)));
                return people;
            }
        };
        EmbeddedActiveObjects ao = sandbox.activeObjects();
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        TimeSource time = new TimeSource();
        PageAccess pageAccess = sandbox.components().get(PageAccess.class);
        CurrentUser currentUser = sandbox.components().get(CurrentUser.class);
        GuidelineReports reports = new GuidelineReports(store, bigDirectory, pageAccess, currentUser, time);
        GuidelineService service = new GuidelineService(store, bigDirectory, pageAccess, currentUser, time);
        List<Guideline> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            GuidelineSettings settings = new GuidelineSettings("aud-" + acks + "-" + i, "Audience " + i,
                    GuidelineCategory.GENERAL, GuidelineLevel.MUST, new Audience(Set.of(), Set.of("everyone")), true, 14,
                    ReackPolicy.EVERY_CHANGE, "", Set.of(), List.of(), null, null, false);
            twenty.add(store.record(null, "SOCIAL", GuidelineSandbox.GUIDELINES_PAGE, settings,
                    new GuidelineStore.Observed("fp" + i, "", "text " + i, 2, 1), Instant.now()));
        }
        GuidelineSandbox.insertAcknowledgements(ao, twenty, people(acks, sandbox.userKey("sofia")));
        Guideline first = twenty.get(0);
        long[] report = Measure.medianAndStatements(ao, RUNS,
                () -> sandbox.as("sofia", () -> reports.report("SOCIAL", first.key())));
        long[] bar = Measure.medianAndStatements(ao, RUNS, () -> sandbox.as("sofia", () -> reports.progress(first)));
        long[] statuses = Measure.medianAndStatements(ao, RUNS, () -> sandbox.as("sofia", () -> {
            twenty.forEach(service::situation);
            return null;
        }));
        print(String.format("%7d | %12d %8d | %12d %8d | %22d %8d", acks, report[0], report[1], bar[0], bar[1],
                statuses[0], statuses[1]));
    }

    /** A new page of 20 blocks for the 2,000 people, Liam among the owners; Nora and member-1 onwards acknowledged. */
    private void bigPageCase(Sandbox sandbox, StorageFormatRenderer renderer, StorageFormatRenderer alone, int acks)
            throws Exception {
        StringBuilder storage = new StringBuilder("<p>Benchmark page for a big audience.</p>");
        for (int i = 0; i < 20; i++) {
            storage.append(GuidelineSandbox.block("big-" + acks + "-" + i, "<p>Guideline number " + i
                    + ": answer customers within two hours, kindly.</p>", "audience-groups", BigAudience.GROUP,
                    "due-days", "14", "owners", "liam"));
        }
        long page = sandbox.pages().create("SOCIAL", "Big audience " + acks, GuidelineSandbox.GUIDELINES_PAGE,
                storage.toString(), "sofia", Instant.now()).id();
        render(sandbox, renderer, "sofia", page, 20);
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        GuidelineSandbox.insertAcknowledgements(sandbox.activeObjects(), store.onPage("SOCIAL", page, 1),
                people(acks, sandbox.userKey("nora")));
        long[] reader = measure(sandbox, renderer, "nora", page, 20);
        long[] readerAlone = measure(sandbox, alone, "nora", page, 20);
        long[] owner = measure(sandbox, renderer, "liam", page, 20);
        long[] ownerAlone = measure(sandbox, alone, "liam", page, 20);
        print(String.format("%7d | %18d %8d | %17d %8d | %18d %8d | %17d %8d", acks, reader[0], reader[1], readerAlone[0],
                readerAlone[1], owner[0], owner[1], ownerAlone[0], ownerAlone[1]));
    }

    /** The guideline macro as it was before blocks shared a prefetch: every block asks the store on its own. */
    private static final class AloneMacro implements Macro {
        private final GuidelineBlocks blocks;
        private final Views views;

        AloneMacro(GuidelineBlocks blocks, Views views) {
            this.blocks = blocks;
            this.views = views;
        }

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            MacroPage page = MacroPage.of(context);
            GuidelineBlocks.Block block = blocks.block(parameters, body, new GuidelineBlocks.Where(page.spaceKey(),
                    page.pageId(), context.getEntity().getVersion(), context.getOutputType()));
            return views.render("templates/guidelines/guideline.vm", Map.of("block", block));
        }

        @Override
        public BodyType getBodyType() {
            return BodyType.RICH_TEXT;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    /** {@code also}, then member-1, member-2, ... : {@code count} people. */
    private static List<String> people(int count, String also) {
        List<String> people = new ArrayList<>(List.of(also));
        for (int i = 1; people.size() < count; i++) {
            people.add("member-" + i);
        }
        return people;
    }

    private long[] measure(Sandbox sandbox, StorageFormatRenderer renderer, String user, long page, int blocks)
            throws Exception {
        return Measure.medianAndStatements(sandbox.activeObjects(), RUNS,
                () -> render(sandbox, renderer, user, page, blocks));
    }

    /** One page render as the sandbox's page view does it: one new context, every block through it. */
    private static String render(Sandbox sandbox, StorageFormatRenderer renderer, String user, long page, int blocks) {
        String html = BigAudience.render(sandbox, renderer, user, page);
        if (html.contains("conf-macro-error") || html.contains("aui-message-error")
                || html.split("class=\"sp-guideline ", -1).length - 1 != blocks) {
            throw new IllegalStateException("page render failed: " + html.substring(0, Math.min(html.length(), 400)));
        }
        return html;
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }
}

package org.socialplaybook.sandbox.demo;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.PageManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.guidelines.AcknowledgeRequest;
import org.socialplaybook.guidelines.Guideline;
import org.socialplaybook.guidelines.GuidelineBody;
import org.socialplaybook.guidelines.GuidelineParameters;
import org.socialplaybook.guidelines.GuidelinePeople;
import org.socialplaybook.guidelines.GuidelineRecorder;
import org.socialplaybook.guidelines.GuidelineService;
import org.socialplaybook.guidelines.GuidelineStore;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;

/**
 * Six weeks of history for the "Social media guidelines" page (1201), written through the plugin's own recorder
 * and service with their clocks set in the past: the page was first viewed 40 days ago with an older privacy
 * guideline (version 1.0), people acknowledged over the following weeks, the privacy guideline became version 2.0
 * 20 days ago, and some people accepted it again. So Liam sees "changed since you acknowledged" with what changed,
 * Nora has overdue guidelines, and the owners' reports have real numbers. Only on an empty guideline table.
 */
public final class GuidelinesDemoSeed implements DemoSeed {
    static final long PAGE_ID = 1201;

    @Override
    public void seed(Sandbox sandbox) {
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        String space = sandbox.directory().spaceKey();
        if (!store.inSpace(space).isEmpty()) {
            return;
        }
        Optional<PageStore.StoredPage> page = sandbox.pages().find(PAGE_ID);
        if (page.isEmpty()) {
            return;
        }
        Instant now = sandbox.config().clock().instant();
        String storage = page.get().storage();
        String olderPrivacy = storage
                .replace("<ac:parameter ac:name=\"version\">2.0</ac:parameter>", "<ac:parameter ac:name=\"version\">1.0</ac:parameter>")
                .replace("never keep it outside our customer tools", "never keep it on personal devices")
                .replace("in the CRM, and only there.", "in the CRM.");

        view(sandbox, store, olderPrivacy, 0, now.minus(days(40)));
        accept(sandbox, store, "sofia", "never-post", now.minus(days(39)));
        accept(sandbox, store, "nora", "responding-to-customers", now.minus(days(39)).plus(Duration.ofHours(3)));
        accept(sandbox, store, "liam", "tone-of-voice", now.minus(days(38)));
        accept(sandbox, store, "sofia", "crisis-escalation", now.minus(days(37)));
        accept(sandbox, store, "liam", "privacy", now.minus(days(36)));
        accept(sandbox, store, "liam", "responding-to-customers", now.minus(days(35)));
        accept(sandbox, store, "sofia", "privacy", now.minus(days(34)));
        accept(sandbox, store, "marco", "crisis-escalation", now.minus(days(33)));
        accept(sandbox, store, "sofia", "tone-of-voice", now.minus(days(30)));
        accept(sandbox, store, "liam", "never-post", now.minus(days(30)).plus(Duration.ofHours(5)));
        accept(sandbox, store, "marco", "never-post", now.minus(days(25)));

        view(sandbox, store, storage, page.get().version(), now.minus(days(20)));
        accept(sandbox, store, "sofia", "privacy", now.minus(days(15)));
        accept(sandbox, store, "nora", "privacy", now.minus(days(10)));
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    /** Renders the page's guideline blocks as the recorder sees them on a view at {@code when}. */
    /** {@code pageVersion}: the older text is shown as the page version before the demo's first. */
    private static void view(Sandbox sandbox, GuidelineStore store, String storage, int pageVersion, Instant when) {
        view(sandbox, store, PAGE_ID, sandbox.directory().spaceKey(), storage, pageVersion, when);
    }

    /** The same for any page of any space (the other demo spaces' guidelines). */
    static void view(Sandbox sandbox, GuidelineStore store, long pageId, String space, String storage, int pageVersion,
                     Instant when) {
        GuidelineRecorder recorder = new GuidelineRecorder(store, sandbox.components().get(PageManager.class),
                new TimeSource(Clock.fixed(when, ZoneOffset.UTC)),
                sandbox.components().get(org.socialplaybook.platform.SpaceVersions.class));
        GuidelinePeople people = sandbox.components().get(GuidelinePeople.class);
        ContentEntityObject entity = sandbox.components().get(PageManager.class).getAbstractPage(pageId);
        Macro recording = new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body,
                                  com.atlassian.confluence.content.render.xhtml.ConversionContext context) {
                recorder.observe(space, pageId, pageVersion, GuidelineParameters.parse(parameters, people),
                        GuidelineBody.of(body));
                return "";
            }

            @Override
            public BodyType getBodyType() {
                return BodyType.RICH_TEXT;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.BLOCK;
            }
        };
        StorageFormatRenderer renderer = new StorageFormatRenderer(
                name -> name.equals("guideline") ? Optional.of(recording) : Optional.empty(),
                key -> sandbox.directory().byKey(key).map(Directory.User::fullName).orElse(null),
                title -> null);
        sandbox.as("sofia", () -> renderer.render(storage, new StorageFormatRenderer.Context(entity, space, "display")));
    }

    private static void accept(Sandbox sandbox, GuidelineStore store, String username, String key, Instant when) {
        GuidelineService service = new GuidelineService(store, sandbox.components().get(GuidelinePeople.class),
                sandbox.components().get(PageAccess.class), sandbox.components().get(CurrentUser.class),
                new TimeSource(Clock.fixed(when, ZoneOffset.UTC)));
        sandbox.as(username, () -> {
            Guideline guideline = store.find(sandbox.directory().spaceKey(), key).orElseThrow();
            return service.acknowledge(guideline.spaceKey(), key, new AcknowledgeRequest(guideline.currentVersionId()));
        });
    }
}

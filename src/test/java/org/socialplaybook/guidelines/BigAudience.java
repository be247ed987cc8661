package org.socialplaybook.guidelines;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.PageManager;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;

/**
 * The sandbox's user directory plus one large group, {@value #GROUP}: some demo users and made-up people
 * ({@code member-1}, {@code member-2}, ...) up to the size asked, for audiences of thousands that the demo directory
 * does not have. Everything else (users, other groups, role holders) is the sandbox's. {@link #parts} builds the
 * guideline components around it, with the sandbox's store, recorder, permissions, clock and templates.
 */
final class BigAudience extends GuidelinePeople {
    static final String GROUP = "everyone";

    private final Set<String> members = new LinkedHashSet<>();

    BigAudience(Sandbox sandbox, int size, String... demoUsers) {
        super(sandbox.components().get(People.class), sandbox.components().get(RoleDirectory.class));
        for (String user : demoUsers) {
            members.add(sandbox.userKey(user));
        }
        for (int i = 1; members.size() < size; i++) {
            members.add("member-" + i);
        }
    }

    Set<String> members() {
        return members;
    }

    @Override
    public boolean groupExists(String group) {
        return GROUP.equals(group) || super.groupExists(group);
    }

    @Override
    public boolean isMember(String userKey, String group) {
        return GROUP.equals(group) ? members.contains(userKey) : super.isMember(userKey, group);
    }

    @Override
    public Set<String> members(String group) {
        return GROUP.equals(group) ? members : super.members(group);
    }

    /** The guideline components a page render uses, built around this directory. */
    record Parts(GuidelineService service, GuidelineReports reports, GuidelineBlocks blocks,
                 GuidelinePrefetcher prefetcher, GuidelineMacro macro, StorageFormatRenderer renderer) {
    }

    Parts parts(Sandbox sandbox) {
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        PageAccess pageAccess = sandbox.components().get(PageAccess.class);
        CurrentUser currentUser = sandbox.components().get(CurrentUser.class);
        TimeSource time = sandbox.components().get(TimeSource.class);
        Views views = sandbox.components().get(Views.class);
        GuidelineReports reports = new GuidelineReports(store, this, pageAccess, currentUser, time);
        GuidelineService service = new GuidelineService(store, this, pageAccess, currentUser, time);
        GuidelineBlocks blocks = new GuidelineBlocks(sandbox.components().get(GuidelineRecorder.class), service, reports,
                new GuidelineTexts(views, this, pageAccess), this);
        GuidelinePrefetcher prefetcher = new GuidelinePrefetcher(store, reports, this, currentUser);
        GuidelineMacro macro = new GuidelineMacro(blocks, prefetcher, views,
                sandbox.components().get(org.socialplaybook.platform.RenderedMacros.class));
        StorageFormatRenderer renderer = new StorageFormatRenderer(
                name -> "guideline".equals(name) ? Optional.<Macro>of(macro) : Optional.empty(), key -> null, title -> null);
        return new Parts(service, reports, blocks, prefetcher, macro, renderer);
    }

    /** A page render as the sandbox does it: one new context for the page, every block through it. */
    static String render(Sandbox sandbox, StorageFormatRenderer renderer, String user, long pageId) {
        return sandbox.as(user, () -> renderer.render(sandbox.pages().find(pageId).orElseThrow().storage(),
                context(sandbox, pageId)));
    }

    static StorageFormatRenderer.Context context(Sandbox sandbox, long pageId) {
        return new StorageFormatRenderer.Context(sandbox.components().get(PageManager.class).getAbstractPage(pageId),
                sandbox.directory().spaceKey(), "display");
    }
}

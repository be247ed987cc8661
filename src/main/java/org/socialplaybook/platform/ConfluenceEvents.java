package org.socialplaybook.platform;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluence adapter of {@link ContentLifecycle}: registered with Confluence's {@link EventPublisher} when the
 * plugin starts and unregistered when it stops (SAL's {@link LifecycleAware}, as the plugin's scheduled jobs do), it
 * turns page copy, move, trash, restore, purge, space removal and user deletion into plain calls on every
 * capability. Each capability runs in its own transaction; one failing is logged and does not stop the others.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ConfluenceEvents implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceEvents.class);

    private final EventPublisher publisher;
    private final List<ContentLifecycle> capabilities;
    private final SpaceVersions versions;

    @Inject
    public ConfluenceEvents(@ComponentImport EventPublisher publisher, List<ContentLifecycle> capabilities,
                            SpaceVersions versions) {
        this.publisher = publisher;
        this.capabilities = List.copyOf(capabilities);
        this.versions = versions;
    }

    @Override
    public void onStart() {
        publisher.register(this);
    }

    @Override
    public void onStop() {
        publisher.unregister(this);
    }

    @EventListener
    public void onPageCopy(PageCopyEvent event) {
        PageRef original = ref(event.getOrigin());
        PageRef copy = ref(event.getDestination());
        each("copy", c -> c.pageCopied(original, copy));
    }

    @EventListener
    public void onPageMove(PageMoveEvent event) {
        if (!event.isMovedSpace()) {
            return;
        }
        PageRef page = ref(event.getPage());
        String oldSpace = event.getOldSpace().getKey();
        each("move", c -> c.pageMoved(page, oldSpace));
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        PageRef page = ref(event.getPage());
        each("trash", c -> c.pageTrashed(page));
    }

    @EventListener
    public void onPageRestore(PageRestoreEvent event) {
        PageRef page = ref(event.getPage());
        each("restore", c -> c.pageRestored(page));
    }

    @EventListener
    public void onPageRemove(PageRemoveEvent event) {
        PageRef page = ref(event.getPage());
        each("purge", c -> c.pagePurged(page));
    }

    @EventListener
    public void onSpaceRemove(SpaceRemoveEvent event) {
        String spaceKey = event.getSpace().getKey();
        each("space removal", c -> c.spaceRemoved(spaceKey));
    }

    @EventListener
    public void onUserRemove(UserRemoveEvent event) {
        if (!(event.getUser() instanceof ConfluenceUser user) || user.getKey() == null) {
            return;
        }
        ErasedPerson person = ErasedPerson.of(user.getKey().getStringValue(), user.getName(), user.getFullName());
        each("anonymisation", c -> c.userAnonymised(person));
    }

    private void each(String what, Consumer<ContentLifecycle> call) {
        for (ContentLifecycle capability : capabilities) {
            try {
                call.accept(capability);
            } catch (RuntimeException e) {
                LOG.error("The {} of {} data failed; the other capabilities went ahead", what, capability.capability(), e);
            }
        }
        versions.changedAnywhere(); // every capability's transaction has ended: overviews and previews are stale
    }

    private static PageRef ref(AbstractPage page) {
        return new PageRef(page.getId(), page.getSpaceKey(), page.getTitle(), page.getUrlPath());
    }
}

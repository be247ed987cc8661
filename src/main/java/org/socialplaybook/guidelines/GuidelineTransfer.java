package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;

/**
 * The space's guidelines in an export: key, title, category, level, audience and owners (user keys, groups), what
 * they ask, every version (revision, fingerprint, label, when first seen, canonical text) and every acknowledgement
 * (who, which revision, when). The text itself stays in the page: imported on the page of the same title, the
 * block's text gives the same fingerprint, so readers who accepted it are still covered.
 */
@Named
public class GuidelineTransfer implements SpaceDataPort<GuidelineTransfer.GuidelineItem> {
    private final GuidelineStore store;

    @Inject
    public GuidelineTransfer(GuidelineStore store) {
        this.store = store;
    }

    public record GuidelineItem(String key, String title, PageLink page, GuidelineCategory category, GuidelineLevel level,
                                boolean ackRequired, Integer dueDays, ReackPolicy policy, List<String> audienceUsers,
                                List<String> audienceGroups, List<String> owners, int currentRevision,
                                @IsoText Instant requiredSince, int pageVersion, List<VersionItem> versions,
                                List<AckItem> acknowledgements) {
        public GuidelineItem {
            audienceUsers = audienceUsers == null ? List.of() : List.copyOf(audienceUsers);
            audienceGroups = audienceGroups == null ? List.of() : List.copyOf(audienceGroups);
            owners = owners == null ? List.of() : List.copyOf(owners);
            versions = versions == null ? List.of() : List.copyOf(versions);
            acknowledgements = acknowledgements == null ? List.of() : List.copyOf(acknowledgements);
        }
    }

    public record VersionItem(int revision, String fingerprint, String label, @IsoText Instant firstSeen, int pageVersion,
                              int wordCount, String text) {
    }

    public record AckItem(String userKey, int revision, @IsoText Instant acknowledgedAt) {
    }

    @Override
    public String capability() {
        return "guidelines";
    }

    @Override
    public Class<GuidelineItem> itemType() {
        return GuidelineItem.class;
    }

    @Override
    public List<GuidelineItem> export(String spaceKey, TransferPages pages) {
        List<GuidelineItem> items = new ArrayList<>();
        for (Guideline g : store.inSpace(spaceKey)) {
            List<VersionItem> versions = store.versions(g.id()).stream().map(v -> new VersionItem(v.revision(),
                    v.fingerprint(), v.label(), v.firstSeen(), v.pageVersion(), v.wordCount(), v.text())).toList();
            List<AckItem> acks = store.acknowledgements(g.id()).stream()
                    .map(a -> new AckItem(a.userKey(), a.revision(), a.acknowledgedAt())).toList();
            items.add(new GuidelineItem(g.key(), g.title(), pages.link(g.pageId()), g.category(), g.level(),
                    g.ackRequired(), g.dueDays(), g.policy(), List.copyOf(g.audience().userKeys()),
                    List.copyOf(g.audience().groups()), List.copyOf(g.owners()), g.currentRevision(), g.requiredSince(),
                    g.currentPageVersion(), versions, acks));
        }
        return items;
    }

    @Override
    public void check(GuidelineItem item, TransferCheck check) {
        boolean keyed = check.requireText("key", item.key(), 64);
        if (keyed && !GuidelineParameters.KEY_PATTERN.matcher(item.key()).matches()) {
            check.error("key", "social-playbook.transfer.error.guideline-key", item.key());
            keyed = false;
        }
        check.requireText("title", item.title(), GuidelineParameters.MAX_TITLE);
        check.requirePage("page", item.page());
        if (item.category() == null || item.level() == null || item.policy() == null) {
            check.error(item.category() == null ? "category" : item.level() == null ? "level" : "policy",
                    "social-playbook.transfer.error.text-required");
        }
        check.users("audienceUsers", item.audienceUsers());
        check.users("owners", item.owners());
        Set<Integer> revisions = new HashSet<>();
        for (int i = 0; i < item.versions().size(); i++) {
            VersionItem v = item.versions().get(i);
            if (!revisions.add(v.revision())) {
                check.error("versions[" + i + "].revision", "social-playbook.transfer.error.duplicate", v.revision());
            }
            if (v.fingerprint() == null || v.fingerprint().isBlank() || v.firstSeen() == null) {
                check.error("versions[" + i + "]", "social-playbook.transfer.error.text-required");
            }
        }
        if (!item.versions().isEmpty() && !revisions.contains(item.currentRevision())) {
            check.error("currentRevision", "social-playbook.transfer.error.unknown-revision", item.currentRevision());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < item.acknowledgements().size(); i++) {
            AckItem a = item.acknowledgements().get(i);
            String field = "acknowledgements[" + i + "]";
            if (a.userKey() == null || a.acknowledgedAt() == null) {
                check.error(field, "social-playbook.transfer.error.text-required");
                continue;
            }
            if (!revisions.contains(a.revision())) {
                check.error(field + ".revision", "social-playbook.transfer.error.unknown-revision", a.revision());
            } else if (!seen.add(a.revision() + ":" + a.userKey())) {
                check.error(field, "social-playbook.transfer.error.duplicate", a.userKey());
            }
            check.users(field + ".userKey", List.of(a.userKey()));
        }
        if (keyed && check.unique("key", item.key()) && store.find(check.targetSpace(), item.key()).isPresent()) {
            check.collides("key", item.key());
        }
        check.creates(item.title() == null ? String.valueOf(item.key()) : item.title(),
                1 + item.versions().size() + item.acknowledgements().size());
    }

    @Override
    public void importItem(GuidelineItem item, TransferTarget target) {
        GuidelineSettings settings = new GuidelineSettings(item.key(), item.title(), item.category(), item.level(),
                new Audience(new LinkedHashSet<>(item.audienceUsers()), new LinkedHashSet<>(item.audienceGroups())),
                item.ackRequired(), item.dueDays(), item.policy(), "", new LinkedHashSet<>(item.owners()), List.of(),
                null, null, false);
        List<GuidelineVersion> versions = item.versions().stream().map(v -> new GuidelineVersion(0, 0, v.revision(),
                v.fingerprint(), v.label(), v.firstSeen(), v.pageVersion(), v.wordCount(), v.text())).toList();
        List<Acknowledgement> acks = item.acknowledgements().stream().map(a -> new Acknowledgement(0, 0, 0, a.userKey(),
                null, null, a.revision(), a.acknowledgedAt())).toList();
        store.importGuideline(target.spaceKey(), target.pageId(item.page()), settings, item.currentRevision(),
                item.requiredSince(), item.pageVersion(), versions, acks, target.now());
    }
}

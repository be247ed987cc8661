package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.SpaceChangesProvider;

/**
 * "What changed in the guidelines" for the Monday digest, one line per guideline with its net change over the
 * window: new (with the version it has now), or revised (how many versions came in, and the one it has now), from
 * the guideline versions first seen in the window. Two queries per call: the space's guidelines and the versions
 * first seen in the window.
 */
@Named
public class GuidelineChanges implements SpaceChangesProvider {
    static final String AREA = "guideline";

    private final GuidelineStore store;

    @Inject
    public GuidelineChanges(GuidelineStore store) {
        this.store = store;
    }

    @Override
    public List<SpaceChange> changesBetween(String spaceKey, Instant from, Instant to) {
        Map<Integer, Guideline> inSpace = new HashMap<>();
        for (Guideline g : store.inSpace(spaceKey)) {
            inSpace.put(g.id(), g);
        }
        List<SpaceChange> changes = new ArrayList<>();
        if (inSpace.isEmpty()) {
            return changes;
        }
        Map<Integer, List<GuidelineVersion>> byGuideline = new LinkedHashMap<>();
        for (GuidelineVersion v : store.versionsFirstSeen(from, to)) {
            if (inSpace.containsKey(v.guidelineId())) {
                byGuideline.computeIfAbsent(v.guidelineId(), id -> new ArrayList<>()).add(v);
            }
        }
        byGuideline.forEach((id, versions) -> {
            Guideline g = inSpace.get(id);
            changes.add(new SpaceChange(versions.get(versions.size() - 1).firstSeen(), AREA, g.title(),
                    List.of(part(versions)), List.of(), g.pageId()));
        });
        return changes;
    }

    /** New this week (its first version came in), or revised: how many versions came in, and the one it has now. */
    static SpaceChange.Part part(List<GuidelineVersion> versionsOldestFirst) {
        GuidelineVersion last = versionsOldestFirst.get(versionsOldestFirst.size() - 1);
        String now = last.label().isBlank() ? String.valueOf(last.revision()) : last.label();
        if (versionsOldestFirst.stream().anyMatch(v -> v.revision() == 1)) {
            return new SpaceChange.Part("social-playbook.guidelines.summary.new", List.of(now));
        }
        return new SpaceChange.Part("social-playbook.guidelines.summary.revised",
                List.of(versionsOldestFirst.size(), now));
    }
}

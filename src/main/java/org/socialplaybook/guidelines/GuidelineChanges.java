package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.SpaceChangesProvider;

/**
 * "What changed in the guidelines" for the Monday digest: guideline versions first seen in the window (a new
 * guideline, or a new text or version label of one). Two queries per call: the space's guidelines and the versions
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
        for (GuidelineVersion v : store.versionsFirstSeen(from, to)) {
            Guideline g = inSpace.get(v.guidelineId());
            if (g == null) {
                continue;
            }
            String key = v.revision() == 1 ? "social-playbook.guidelines.change.new" : "social-playbook.guidelines.change.revised";
            List<String> arguments = List.of(g.title(), String.valueOf(v.revision()), v.label(),
                    g.ackRequired() ? "1" : "0");
            changes.add(new SpaceChange(v.firstSeen(), AREA, g.title(), key, arguments, null, g.pageId()));
        }
        return changes;
    }
}

package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.feedback.FeedbackEnums.State;
import org.socialplaybook.platform.FollowUpState;
import org.socialplaybook.platform.FollowUpStates;

/** The feedback capability's answer to {@link FollowUpStates}: the follow-ups by id, one query per 200. */
@Named
public class FollowUpStatesService implements FollowUpStates {
    private final FeedbackStore store;

    @Inject
    public FollowUpStatesService(FeedbackStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, FollowUpState> states(Collection<Long> followUpIds) {
        List<Integer> ids = followUpIds.stream().filter(id -> id != null && id > 0 && id <= Integer.MAX_VALUE)
                .map(Long::intValue).distinct().toList();
        Map<Long, FollowUpState> states = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        for (FollowUp f : store.followUps(ids)) {
            states.put((long) f.id(), new FollowUpState(f.id(), f.state() == State.DONE, f.doneAt(), f.ownerKey(),
                    f.jiraState() == JiraState.LINKED ? f.jiraKey() : null,
                    f.jiraState() == JiraState.LINKED ? f.jiraStatus() : null, f.jiraState() == JiraState.WAITING));
        }
        return states;
    }
}

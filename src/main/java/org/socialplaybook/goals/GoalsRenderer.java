package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialplaybook.goals.GoalState.GoalSetState;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;

/**
 * Renders goals as the viewer sees them: the macro's whole output, and the same fragment for the script to redraw
 * after a change (one template, so the page and the redraw can never disagree).
 */
@Named
public class GoalsRenderer {
    static final String RESOURCES = "goals-resources";

    private final GoalViews goalViews;
    private final GoalService service;
    private final CurrentUser currentUser;
    private final Views views;
    private final TimeSource time;

    @Inject
    public GoalsRenderer(GoalViews goalViews, GoalService service, CurrentUser currentUser, Views views, TimeSource time) {
        this.goalViews = goalViews;
        this.service = service;
        this.currentUser = currentUser;
        this.views = views;
        this.time = time;
    }

    public String render(GoalData data, GoalViews.Options options) {
        GoalViews.Analysis analysis = goalViews.analyse(data, currentUser.key().orElse(null), service.canEdit(data.set()), time.now());
        views.requireResources(RESOURCES);
        return views.render("templates/goals/goals.vm", goalViews.page(analysis, options, Views.json(goalViews.pageState(analysis))));
    }

    /** The JSON state (with each objective's history) for REST clients. */
    public GoalSetState state(GoalData data) {
        return goalViews.state(goalViews.analyse(data, currentUser.key().orElse(null), service.canEdit(data.set()), time.now()), true);
    }
}

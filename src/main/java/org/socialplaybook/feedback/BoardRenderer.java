package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialplaybook.platform.Views;

/** Renders a board with the capability's templates: the whole board for the macro, its body for REST answers. */
@Named
public class BoardRenderer {
    private final BoardViews boards;
    private final Views views;

    @Inject
    public BoardRenderer(BoardViews boards, Views views) {
        this.boards = boards;
        this.views = views;
    }

    public String render(BoardViews.Board board, FeedbackMacro.Settings settings) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("pageId", board.pageId());
        state.put("spaceKey", board.spaceKey());
        state.put("board", board.boardKey());
        state.put("show", settings.show());
        state.put("project", settings.project());
        state.put("issueType", settings.issueType());
        state.put("labels", settings.labels());
        state.put("stale", board.stale());
        state.put("spaceAdmin", board.spaceAdmin());
        Map<String, Object> model = boards.model(board, Map.of("settings", settings, "stateJson", Views.json(state)));
        model.put("bodyHtml", renderBody(board));
        return views.render("templates/feedback/board.vm", model);
    }

    /** Rows and feedback: auto-escaped by the template, so safe to put in the page as HTML. */
    public String renderBody(BoardViews.Board board) {
        return views.render("templates/feedback/board-body.vm", boards.model(board, Map.of()));
    }
}

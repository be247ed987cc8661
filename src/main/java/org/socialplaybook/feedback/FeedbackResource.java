package org.socialplaybook.feedback;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.CsvDownload;
import org.socialplaybook.platform.PageAccess;

/**
 * {@code /feedback/...}: a board's feedback and follow-ups (page viewers read, page editors change), creating
 * follow-ups in Jira in one action, linking, retrying, refreshing statuses; the managers' space-wide report
 * and its CSV. Every change answers with the board re-rendered (escaped HTML from the same template).
 */
@LicensedOnly
@Path("/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {
    private final FeedbackService feedback;
    private final FollowUpJiraService jira;
    private final BoardViews boards;
    private final BoardRenderer renderer;
    private final Reports reports;

    /** The read-side collaborators. */
    @jakarta.inject.Named
    public static class Reports {
        final OwnerReport owners;
        final JiraStatusSync sync;
        final FeedbackStore store;
        final PageAccess access;

        @Inject
        public Reports(OwnerReport owners, JiraStatusSync sync, FeedbackStore store, PageAccess access) {
            this.owners = owners;
            this.sync = sync;
            this.store = store;
            this.access = access;
        }
    }

    @Inject
    public FeedbackResource(FeedbackService feedback, FollowUpJiraService jira, BoardViews boards, BoardRenderer renderer,
                            Reports reports) {
        this.feedback = feedback;
        this.jira = jira;
        this.boards = boards;
        this.renderer = renderer;
        this.reports = reports;
    }

    public record SyncInput(Boolean force) {
    }

    public record DoneInput(Boolean done, Integer version) {
    }

    /** The board as data plus its re-rendered body. */
    public record BoardAnswer(BoardViews.Board board, String html, Object result) {
    }

    @GET
    @Path("pages/{pageId}/boards/{board}")
    public BoardAnswer board(@PathParam("pageId") long pageId, @PathParam("board") String board,
                             @QueryParam("show") @DefaultValue("all") String show) {
        return answer(pageId, board, show, null);
    }

    @POST
    @Path("pages/{pageId}/boards/{board}/feedback")
    public Response recordFeedback(@PathParam("pageId") long pageId, @PathParam("board") String board,
                                   @QueryParam("show") @DefaultValue("all") String show, FeedbackService.FeedbackInput input) {
        FeedbackItem item = feedback.recordFeedback(pageId, board, input);
        return Response.status(201).entity(answer(pageId, board, show, Map.of("id", item.id()))).build();
    }

    @POST
    @Path("pages/{pageId}/boards/{board}/followups")
    public Response addFollowUp(@PathParam("pageId") long pageId, @PathParam("board") String board,
                                @QueryParam("show") @DefaultValue("all") String show, FeedbackService.FollowUpInput input) {
        FollowUp f = feedback.addFollowUp(pageId, board, input);
        return Response.status(201).entity(answer(pageId, board, show, Map.of("id", f.id()))).build();
    }

    @POST
    @Path("pages/{pageId}/boards/{board}/followups/jira")
    public BoardAnswer createInJira(@PathParam("pageId") long pageId, @PathParam("board") String board,
                                    @QueryParam("show") @DefaultValue("all") String show, FollowUpJiraService.CreateInput input) {
        List<FollowUpDelivery.Outcome> outcomes = jira.createInJira(pageId, board, input);
        return answer(pageId, board, show, outcomes);
    }

    @POST
    @Path("pages/{pageId}/boards/{board}/followups/{id}/link")
    public BoardAnswer link(@PathParam("pageId") long pageId, @PathParam("board") String board, @PathParam("id") int id,
                            @QueryParam("show") @DefaultValue("all") String show, FollowUpJiraService.LinkInput input) {
        FollowUp f = jira.link(pageId, board, id, input);
        return answer(pageId, board, show, Map.of("key", f.jiraKey()));
    }

    @POST
    @Path("pages/{pageId}/boards/{board}/followups/{id}/retry")
    public BoardAnswer retry(@PathParam("pageId") long pageId, @PathParam("board") String board, @PathParam("id") int id,
                             @QueryParam("show") @DefaultValue("all") String show) {
        return answer(pageId, board, show, jira.retry(pageId, board, id));
    }

    @POST
    @Path("pages/{pageId}/boards/{board}/followups/{id}/done")
    public BoardAnswer done(@PathParam("pageId") long pageId, @PathParam("board") String board, @PathParam("id") int id,
                            @QueryParam("show") @DefaultValue("all") String show, DoneInput input) {
        if (input == null || input.version() == null) {
            throw org.socialplaybook.platform.PlaybookException.invalidField("version", "social-playbook.feedback.version-required");
        }
        feedback.setDone(pageId, board, id, input.done() == null || input.done(), input.version());
        return answer(pageId, board, show, null);
    }

    /** Fetches live statuses (cache misses only, or all with force) in bulk, then answers with the board. */
    @POST
    @Path("pages/{pageId}/boards/{board}/sync")
    public BoardAnswer sync(@PathParam("pageId") long pageId, @PathParam("board") String board,
                            @QueryParam("show") @DefaultValue("all") String show, SyncInput input) {
        var page = reports.access.requireView(pageId);
        String boardKey = FollowUpRules.boardKey(board);
        JiraStatusSync.Result result = reports.sync.sync(page.spaceKey(), boardKey,
                reports.store.followUps(page.spaceKey(), boardKey), input != null && Boolean.TRUE.equals(input.force()));
        return answer(pageId, board, show, Map.of("requests", result.requests(),
                "failure", result.failure() == null ? "" : result.failure().i18nKey()));
    }

    @GET
    @Path("spaces/{spaceKey}/report")
    public OwnerReport.Report report(@PathParam("spaceKey") String spaceKey) {
        return reports.owners.report(spaceKey);
    }

    @GET
    @Path("spaces/{spaceKey}/report.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("spaceKey") String spaceKey) {
        return CsvDownload.of("follow-ups-" + spaceKey + ".csv", reports.owners.csv(spaceKey));
    }

    private BoardAnswer answer(long pageId, String board, String show, Object result) {
        String s = List.of("all", "open", "mine").contains(show) ? show : "all";
        BoardViews.Board view = boards.board(pageId, FollowUpRules.boardKey(board), s);
        return new BoardAnswer(view, renderer.renderBody(view), result);
    }
}

package org.socialplaybook.team;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.TeamState.CardState;
import org.socialplaybook.team.TeamState.RequestView;

/**
 * {@code /team-cards/{id}}: the team card over REST, for licensed (logged-in) users. Reading and sending a request need
 * view permission on the card's page; changing the card needs edit permission (checked in the services). Editors'
 * changes carry the version they were made on (409 when stale).
 */
@LicensedOnly
@Path("/team-cards/{cardId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamCardResource {
    private final TeamCardService cards;
    private final TeamRequestService requests;
    private final TeamCardRenderer renderer;

    @Inject
    public TeamCardResource(TeamCardService cards, TeamRequestService requests, TeamCardRenderer renderer) {
        this.cards = cards;
        this.requests = requests;
        this.renderer = renderer;
    }

    /** The macro's HTML as the caller sees it, for the page's script to redraw after a change. */
    public record Fragment(int version, String html) {
    }

    /** A request as filed: its id and the follow-up it became, and the caller's requests now. */
    public record Sent(int id, long followUpId, List<RequestView> mine) {
    }

    @GET
    public CardState get(@PathParam("cardId") int cardId) {
        return renderer.state(cards.view(cardId));
    }

    @GET
    @Path("fragment")
    public Fragment fragment(@PathParam("cardId") int cardId, @QueryParam("requests") @DefaultValue("true") boolean showRequests) {
        CardData data = cards.view(cardId);
        return new Fragment(data.card().version(), renderer.render(data, showRequests));
    }

    @PUT
    @Path("settings")
    public CardState settings(@PathParam("cardId") int cardId, TeamRequests.SettingsBody body) {
        return renderer.state(cards.updateSettings(cardId, required(body)));
    }

    @POST
    @Path("members")
    public CardState addMember(@PathParam("cardId") int cardId, TeamRequests.MemberBody body) {
        return renderer.state(cards.addMember(cardId, required(body)));
    }

    @DELETE
    @Path("members/{userKey}")
    public CardState removeMember(@PathParam("cardId") int cardId, @PathParam("userKey") String userKey,
                                  @QueryParam("version") Integer version) {
        return renderer.state(cards.removeMember(cardId, userKey, version));
    }

    @POST
    @Path("channels")
    public CardState addChannel(@PathParam("cardId") int cardId, TeamRequests.ChannelBody body) {
        return renderer.state(cards.addChannel(cardId, required(body)));
    }

    @DELETE
    @Path("channels/{channelId}")
    public CardState deleteChannel(@PathParam("cardId") int cardId, @PathParam("channelId") int channelId,
                                   @QueryParam("version") Integer version) {
        return renderer.state(cards.deleteChannel(cardId, channelId, version));
    }

    @POST
    @Path("requests")
    public Sent send(@PathParam("cardId") int cardId, TeamRequests.RequestBody body) {
        Request request = requests.submit(cardId, required(body));
        return new Sent(request.id(), request.followUpId(), renderer.mine(cards.view(cardId)));
    }

    @GET
    @Path("requests/mine")
    public List<RequestView> mine(@PathParam("cardId") int cardId) {
        return renderer.mine(cards.view(cardId));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        return body;
    }
}

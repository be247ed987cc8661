package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.time.Instant;
import java.util.UUID;
import org.socialplaybook.platform.FollowUpIntake;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.ChannelKind;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.Team.Urgency;

/**
 * The space's team cards in an export: mission, hours, response promise, triage person, the role matrix and board
 * by name, members (user keys with their role note) and channels (checked again with {@link TeamRules#channel}).
 * Imported under new ids through {@link TeamStore#copyCard}. The requests sent through the card (who, topic,
 * urgency, when) travel too, each linked to the follow-up it became ({@code followUp}: that follow-up's id in the
 * document), so the sender's "Your requests" reads the same; each gets a new form token, recorded as the imported
 * follow-up's source, so it is never filed twice.
 */
@Named
public class TeamCardTransfer implements SpaceDataPort<TeamCardTransfer.CardItem> {
    private final TeamStore store;
    private final FollowUpIntake intake;

    @Inject
    public TeamCardTransfer(TeamStore store, FollowUpIntake intake) {
        this.store = store;
        this.intake = intake;
    }

    public record CardItem(String name, PageLink page, String matrix, String board, String mission, String hours,
                           String responsePromise, String triage, List<MemberItem> members, List<ChannelItem> channels,
                           List<RequestItem> requests) {
        public CardItem {
            members = members == null ? List.of() : List.copyOf(members);
            channels = channels == null ? List.of() : List.copyOf(channels);
            requests = requests == null ? List.of() : List.copyOf(requests);
        }
    }

    /** {@code followUp}: the id, in the document, of the follow-up the request became (null: none). */
    public record RequestItem(String requesterKey, String topic, Urgency urgency, @IsoText Instant createdAt, Long followUp) {
    }

    public record MemberItem(String userKey, String roleNote) {
    }

    public record ChannelItem(ChannelKind kind, String label, String address) {
    }

    @Override
    public String capability() {
        return "team";
    }

    @Override
    public Class<CardItem> itemType() {
        return CardItem.class;
    }

    @Override
    public List<CardItem> export(String spaceKey, TransferPages pages) {
        List<CardItem> items = new ArrayList<>();
        for (CardData data : store.loadAll(store.cardsInSpace(spaceKey))) {
            Card c = data.card();
            items.add(new CardItem(c.name(), pages.link(c.pageId()), c.matrixName(), c.boardKey(), c.mission(), c.hours(),
                    c.responsePromise(), c.triageKey(),
                    data.members().stream().map(m -> new MemberItem(m.userKey(), m.roleNote())).toList(),
                    data.channels().stream().map(ch -> new ChannelItem(ch.kind(), ch.label(), ch.address())).toList(),
                    store.requestsTo(c.id()).stream().map(r -> new RequestItem(r.requesterKey(), r.topic(), r.urgency(),
                            r.createdAt(), r.followUpId() > 0 ? r.followUpId() : null)).toList()));
        }
        return items;
    }

    @Override
    public void check(CardItem item, TransferCheck check) {
        boolean named = check.requireText("name", item.name(), TeamRules.MAX_NAME);
        check.requirePage("page", item.page());
        check.optionalText("matrix", item.matrix(), TeamRules.MAX_NAME);
        check.rule("board", () -> TeamRules.board(item.board()));
        check.optionalText("mission", item.mission(), TeamRules.MAX_MISSION);
        check.optionalText("hours", item.hours(), TeamRules.MAX_HOURS);
        check.optionalText("responsePromise", item.responsePromise(), TeamRules.MAX_PROMISE);
        if (item.triage() != null) {
            check.users("triage", List.of(item.triage()));
        }
        for (int i = 0; i < item.members().size(); i++) {
            MemberItem m = item.members().get(i);
            if (m.userKey() == null || m.userKey().isBlank()) {
                check.error("members[" + i + "].userKey", "social-playbook.transfer.error.text-required");
            } else {
                check.users("members[" + i + "].userKey", List.of(m.userKey()));
            }
            check.optionalText("members[" + i + "].roleNote", m.roleNote(), TeamRules.MAX_ROLE_NOTE);
        }
        for (int i = 0; i < item.channels().size(); i++) {
            ChannelItem ch = item.channels().get(i);
            String field = "channels[" + i + "]";
            check.optionalText(field + ".label", ch.label(), TeamRules.MAX_LABEL);
            if (ch.kind() == null) {
                check.error(field + ".kind", "social-playbook.transfer.error.text-required");
            } else {
                check.rule(field + ".address", () -> TeamRules.channel(ch.kind(), ch.address()));
            }
        }
        for (int i = 0; i < item.requests().size(); i++) {
            RequestItem r = item.requests().get(i);
            String field = "requests[" + i + "]";
            if (r.requesterKey() == null || r.requesterKey().isBlank() || r.urgency() == null || r.createdAt() == null) {
                check.error(field, "social-playbook.transfer.error.text-required");
            } else {
                check.users(field + ".requesterKey", List.of(r.requesterKey()));
            }
            check.requireText(field + ".topic", r.topic(), TeamRules.MAX_TOPIC);
            if (r.followUp() != null) {
                check.requires(field + ".followUp", SpaceDataPort.followUpReference(r.followUp()));
            }
        }
        if (named && check.unique("name", TeamRules.cardKey("", item.name())) && store.cardExists(TeamRules.cardKey(check.targetSpace(), item.name()))) {
            check.collides("name", item.name());
        }
        check.creates(item.name(), 1 + item.members().size() + item.channels().size() + item.requests().size());
    }

    @Override
    public void importItem(CardItem item, TransferTarget target) {
        String name = item.name().trim();
        Card source = new Card(0, target.spaceKey(), name, 0, item.matrix(), TeamRules.board(item.board()), item.mission(),
                item.hours(), item.responsePromise(), item.triage(), 1, null, null);
        List<Team.Member> members = new ArrayList<>();
        for (int i = 0; i < item.members().size(); i++) {
            members.add(new Team.Member(0, item.members().get(i).userKey(), item.members().get(i).roleNote(), i));
        }
        List<Team.Channel> channels = new ArrayList<>();
        for (int i = 0; i < item.channels().size(); i++) {
            ChannelItem ch = item.channels().get(i);
            channels.add(new Team.Channel(0, ch.kind(), ch.label(), TeamRules.channel(ch.kind(), ch.address()), i));
        }
        Card created = store.copyCard(new CardData(source, members, channels), target.spaceKey(), name,
                target.pageId(item.page()), target.now());
        store.bump(created.id(), created.version(), target.userKey(), target.now()); // the importer changed it last
    }

    /** The card's requests, once the feedback boards (and so the follow-ups they became) are imported. */
    @Override
    public void importLinks(CardItem item, TransferTarget target) {
        if (item.requests().isEmpty()) {
            return;
        }
        Card card = store.cardByKey(TeamRules.cardKey(target.spaceKey(), item.name().trim()))
                .orElseThrow(() -> new IllegalStateException("Card not imported: " + item.name()));
        for (RequestItem r : item.requests()) {
            String token = UUID.randomUUID().toString();
            Request created = store.createRequest(card, r.requesterKey(), token, r.topic().trim(), r.urgency(), r.createdAt());
            OptionalLong followUp = target.importedFollowUp(r.followUp());
            if (followUp.isPresent()) {
                store.setFollowUp(created.id(), followUp.getAsLong());
                intake.linkSource(followUp.getAsLong(), TeamRequestService.SOURCE_TYPE, token);
            }
        }
    }
}

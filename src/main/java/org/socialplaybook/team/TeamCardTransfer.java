package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.socialplaybook.platform.SpaceDataPort;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.ChannelKind;

/**
 * The space's team cards in an export: mission, hours, response promise, triage person, the role matrix and board
 * by name, members (user keys with their role note) and channels (checked again with {@link TeamRules#channel}).
 * Imported under new ids through {@link TeamStore#copyCard}; requests sent to a card stay with its follow-ups.
 */
@Named
public class TeamCardTransfer implements SpaceDataPort<TeamCardTransfer.CardItem> {
    private final TeamStore store;

    @Inject
    public TeamCardTransfer(TeamStore store) {
        this.store = store;
    }

    public record CardItem(String name, PageLink page, String matrix, String board, String mission, String hours,
                           String responsePromise, String triage, List<MemberItem> members, List<ChannelItem> channels) {
        public CardItem {
            members = members == null ? List.of() : List.copyOf(members);
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
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
                    data.channels().stream().map(ch -> new ChannelItem(ch.kind(), ch.label(), ch.address())).toList()));
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
        if (named && check.unique("name", TeamRules.cardKey("", item.name())) && store.cardExists(TeamRules.cardKey(check.targetSpace(), item.name()))) {
            check.collides("name", item.name());
        }
        check.creates(item.name(), 1 + item.members().size() + item.channels().size());
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
}

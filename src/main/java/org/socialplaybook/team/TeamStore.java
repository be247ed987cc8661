package org.socialplaybook.team;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.platform.AoDeletes;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.InLists;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.Channel;
import org.socialplaybook.team.Team.ChannelKind;
import org.socialplaybook.team.Team.Member;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.Team.Urgency;

/**
 * The only class of the team card that touches Active Objects. A card loads in three queries (the card, its members,
 * its channels); a viewer's requests in one. Entities are mapped to {@link Team} values before they leave; writes join
 * the caller's transaction ({@link #transaction}).
 */
@Named
public class TeamStore {
    static final int IN_CHUNK = 100;

    private final ActiveObjects ao;

    @Inject
    public TeamStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public <T> T transaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    // --- cards ---

    public Optional<Card> cardByKey(String cardKey) {
        TeamCardEntity[] found = ao.find(TeamCardEntity.class, Query.select().where(TeamCardEntity.CARD_KEY + " = ?", cardKey));
        return found.length == 0 ? Optional.empty() : Optional.of(card(found[0]));
    }

    public Optional<Card> card(int id) {
        TeamCardEntity[] found = ao.find(TeamCardEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(card(found[0]));
    }

    /** These cards (pages not trashed), by id: one query (at most a hundred ids). */
    public Map<Integer, Card> cards(List<Integer> ids) {
        Map<Integer, Card> cards = new HashMap<>();
        if (ids.isEmpty()) {
            return cards;
        }
        Object[] params = new Object[ids.size() + 1];
        ids.toArray(params);
        params[ids.size()] = false;
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where(InLists.in("ID", ids.size()) + " AND "
                + TeamCardEntity.TRASHED + " = ?", params))) {
            cards.put(e.getID(), card(e));
        }
        return cards;
    }

    public List<Card> cardsInSpace(String spaceKey) {
        List<Card> cards = new ArrayList<>();
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where(TeamCardEntity.SPACE_KEY + " = ? AND "
                + TeamCardEntity.TRASHED + " = ?", spaceKey, false))) {
            cards.add(card(e));
        }
        cards.sort(Comparator.comparing(Card::name, String.CASE_INSENSITIVE_ORDER));
        return cards;
    }

    public Card createCard(String cardKey, String spaceKey, String name, long pageId, String matrixName, String boardKey,
                           String userKey, Instant now) {
        TeamCardEntity e = ao.create(TeamCardEntity.class,
                new DBParam(TeamCardEntity.CARD_KEY, cardKey),
                new DBParam(TeamCardEntity.SPACE_KEY, spaceKey),
                new DBParam(TeamCardEntity.NAME, name),
                new DBParam(TeamCardEntity.PAGE_ID, pageId),
                new DBParam(TeamCardEntity.BOARD_KEY, boardKey),
                new DBParam(TeamCardEntity.VERSION, 1),
                new DBParam(TeamCardEntity.UPDATED_AT, Date.from(now)));
        e.setMatrixName(matrixName);
        e.setUpdatedBy(userKey);
        e.save();
        return card(e);
    }

    /** What the macro on the owning page says: the role matrix and the feedback board. */
    public void setMacroSettings(int cardId, String matrixName, String boardKey) {
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where("ID = ?", cardId))) {
            e.setMatrixName(matrixName);
            e.setBoardKey(boardKey);
            e.save();
        }
    }

    public void updateSettings(int cardId, String mission, String hours, String responsePromise, String triageKey) {
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where("ID = ?", cardId))) {
            e.setMission(mission);
            e.setHours(hours);
            e.setResponsePromise(responsePromise);
            e.setTriageKey(triageKey);
            e.save();
        }
    }

    /** Optimistic locking, as the goals and the role matrix do it: lock the row, compare, move the version on. */
    public Bump bump(int cardId, int expectedVersion, String userKey, Instant now) {
        TeamCardEntity[] found = ao.find(TeamCardEntity.class, Query.select().where("ID = ?", cardId));
        if (found.length == 0) {
            return new Bump(false, null);
        }
        found[0].setUpdatedAt(found[0].getUpdatedAt());
        found[0].save();
        TeamCardEntity current = ao.find(TeamCardEntity.class, Query.select().where("ID = ?", cardId))[0];
        if (current.getVersion() != expectedVersion) {
            return new Bump(false, card(current));
        }
        current.setVersion(expectedVersion + 1);
        current.setUpdatedBy(userKey);
        current.setUpdatedAt(Date.from(now));
        current.save();
        return new Bump(true, card(current));
    }

    public record Bump(boolean ok, Card card) {
    }

    public CardData load(Card card) {
        return loadAll(List.of(card)).get(0);
    }

    /** Several cards (a space's): two queries per hundred cards after the cards themselves. */
    public List<CardData> loadAll(List<Card> cards) {
        Map<Integer, List<Member>> members = new HashMap<>();
        Map<Integer, List<Channel>> channels = new HashMap<>();
        List<Integer> ids = cards.stream().map(Card::id).toList();
        for (List<Integer> chunk : InLists.chunks(ids, IN_CHUNK)) {
            String in = InLists.in("CARD_ID", chunk.size());
            for (TeamMemberEntity e : ao.find(TeamMemberEntity.class, Query.select().where(in, chunk.toArray()))) {
                members.computeIfAbsent(e.getCardId(), k -> new ArrayList<>()).add(member(e));
            }
            for (TeamChannelEntity e : ao.find(TeamChannelEntity.class, Query.select().where(in, chunk.toArray()))) {
                channels.computeIfAbsent(e.getCardId(), k -> new ArrayList<>()).add(channel(e));
            }
        }
        List<CardData> all = new ArrayList<>();
        for (Card c : cards) {
            List<Member> m = new ArrayList<>(members.getOrDefault(c.id(), List.of()));
            m.sort(Comparator.comparingInt(Member::rank).thenComparingInt(Member::id));
            List<Channel> ch = new ArrayList<>(channels.getOrDefault(c.id(), List.of()));
            ch.sort(Comparator.comparingInt(Channel::rank).thenComparingInt(Channel::id));
            all.add(new CardData(c, m, ch));
        }
        return all;
    }

    // --- members ---

    public List<Member> members(int cardId) {
        List<Member> list = new ArrayList<>();
        for (TeamMemberEntity e : ao.find(TeamMemberEntity.class, Query.select().where(TeamMemberEntity.CARD_ID + " = ?", cardId))) {
            list.add(member(e));
        }
        return list;
    }

    public void addMember(int cardId, String userKey, String roleNote, int rank) {
        TeamMemberEntity e = ao.create(TeamMemberEntity.class, new DBParam(TeamMemberEntity.CARD_ID, cardId),
                new DBParam(TeamMemberEntity.USER_KEY, userKey), new DBParam(TeamMemberEntity.SORT_RANK, rank));
        e.setRoleNote(roleNote);
        e.save();
    }

    public int removeMember(int cardId, String userKey) {
        return ao.deleteWithSQL(TeamMemberEntity.class, TeamMemberEntity.CARD_ID + " = ? AND " + TeamMemberEntity.USER_KEY + " = ?",
                cardId, userKey);
    }

    // --- channels ---

    public List<Channel> channels(int cardId) {
        List<Channel> list = new ArrayList<>();
        for (TeamChannelEntity e : ao.find(TeamChannelEntity.class, Query.select().where(TeamChannelEntity.CARD_ID + " = ?", cardId))) {
            list.add(channel(e));
        }
        return list;
    }

    public void addChannel(int cardId, ChannelKind kind, String label, String address, int rank) {
        TeamChannelEntity e = ao.create(TeamChannelEntity.class, new DBParam(TeamChannelEntity.CARD_ID, cardId),
                new DBParam(TeamChannelEntity.KIND, kind.name()), new DBParam(TeamChannelEntity.ADDRESS, address),
                new DBParam(TeamChannelEntity.SORT_RANK, rank));
        e.setLabel(label);
        e.save();
    }

    public int deleteChannel(int cardId, int channelId) {
        return ao.deleteWithSQL(TeamChannelEntity.class, "ID = ? AND " + TeamChannelEntity.CARD_ID + " = ?", channelId, cardId);
    }

    // --- requests ---

    public Optional<Request> requestByToken(String token) {
        TeamRequestEntity[] found = ao.find(TeamRequestEntity.class, Query.select().where(TeamRequestEntity.TOKEN + " = ?", token));
        return found.length == 0 ? Optional.empty() : Optional.of(request(found[0]));
    }

    public Request createRequest(Card card, String requesterKey, String token, String topic, Urgency urgency, Instant now) {
        return request(ao.create(TeamRequestEntity.class,
                new DBParam(TeamRequestEntity.CARD_ID, card.id()),
                new DBParam(TeamRequestEntity.SPACE_KEY, card.spaceKey()),
                new DBParam(TeamRequestEntity.REQUESTER_KEY, requesterKey),
                new DBParam(TeamRequestEntity.TOKEN, token),
                new DBParam(TeamRequestEntity.TOPIC, topic),
                new DBParam(TeamRequestEntity.URGENCY, urgency.name()),
                new DBParam(TeamRequestEntity.FOLLOW_UP_ID, 0L),
                new DBParam(TeamRequestEntity.CREATED_AT, Date.from(now)),
                new DBParam(TeamRequestEntity.CREATED_MS, now.toEpochMilli())));
    }

    public void setFollowUp(int requestId, long followUpId) {
        for (TeamRequestEntity e : ao.find(TeamRequestEntity.class, Query.select().where("ID = ?", requestId))) {
            e.setFollowUpId(followUpId);
            e.save();
        }
    }

    /** The requester's requests through one card, newest first, at most {@code limit}. */
    public List<Request> requestsOf(int cardId, String requesterKey, int limit) {
        List<Request> list = new ArrayList<>();
        for (TeamRequestEntity e : ao.find(TeamRequestEntity.class, Query.select()
                .where(TeamRequestEntity.CARD_ID + " = ? AND " + TeamRequestEntity.REQUESTER_KEY + " = ?", cardId, requesterKey)
                .order("ID DESC").limit(limit))) {
            list.add(request(e));
        }
        return list;
    }

    /**
     * The requester's requests through cards of these spaces, newest first, at most {@code limit}: one query per
     * hundred spaces.
     */
    public List<Request> requestsBy(String requesterKey, Collection<String> spaceKeys, int limit) {
        List<Request> list = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(spaceKeys), 100)) {
            Object[] params = new Object[chunk.size() + 1];
            params[0] = requesterKey;
            for (int i = 0; i < chunk.size(); i++) {
                params[i + 1] = chunk.get(i);
            }
            for (TeamRequestEntity e : ao.find(TeamRequestEntity.class, Query.select().where(TeamRequestEntity.REQUESTER_KEY
                    + " = ? AND " + InLists.in(TeamRequestEntity.SPACE_KEY, chunk.size()), params).order("ID DESC").limit(limit))) {
                list.add(request(e));
            }
        }
        list.sort(Comparator.comparingInt(Request::id).reversed());
        return list.size() <= limit ? list : List.copyOf(list.subList(0, limit));
    }

    /** Every request sent through the card, oldest first (an export). */
    public List<Request> requestsTo(int cardId) {
        List<Request> list = new ArrayList<>();
        for (TeamRequestEntity e : ao.find(TeamRequestEntity.class, Query.select()
                .where(TeamRequestEntity.CARD_ID + " = ?", cardId).order("ID ASC"))) {
            list.add(request(e));
        }
        return list;
    }

    public int countSince(int cardId, String requesterKey, long sinceMs) {
        return ao.count(TeamRequestEntity.class, Query.select().where(TeamRequestEntity.CARD_ID + " = ? AND "
                + TeamRequestEntity.REQUESTER_KEY + " = ? AND " + TeamRequestEntity.CREATED_MS + " >= ?", cardId, requesterKey, sinceMs));
    }

    public int countInSpace(String spaceKey) {
        return ao.count(TeamRequestEntity.class, Query.select().where(TeamRequestEntity.SPACE_KEY + " = ?", spaceKey));
    }

    // --- mapping ---

    private static Card card(TeamCardEntity e) {
        return new Card(e.getID(), e.getSpaceKey(), e.getName(), e.getPageId(), e.getMatrixName(), e.getBoardKey(), e.getMission(),
                e.getHours(), e.getResponsePromise(), e.getTriageKey(), e.getVersion(), e.getUpdatedBy(),
                e.getUpdatedAt() == null ? null : e.getUpdatedAt().toInstant());
    }

    private static Member member(TeamMemberEntity e) {
        return new Member(e.getID(), e.getUserKey(), e.getRoleNote(), e.getSortRank());
    }

    private static Channel channel(TeamChannelEntity e) {
        return new Channel(e.getID(), ChannelKind.valueOf(e.getKind()), e.getLabel(), e.getAddress(), e.getSortRank());
    }

    private static Request request(TeamRequestEntity e) {
        return new Request(e.getID(), e.getCardId(), e.getRequesterKey(), e.getToken(), e.getTopic(), Urgency.valueOf(e.getUrgency()),
                e.getFollowUpId(), e.getCreatedAt() == null ? Instant.EPOCH : e.getCreatedAt().toInstant());
    }

    // --- the page's life cycle (TeamLifecycle); call inside transaction() ---

    /**
     * A new card {@code name} in {@code spaceKey} on {@code pageId} with {@code source}'s mission, hours, promise,
     * triage person, members and channels under new ids; requests sent to the original are its own.
     */
    public Card copyCard(CardData source, String spaceKey, String name, long pageId, Instant now) {
        Card from = source.card();
        Card copy = createCard(TeamRules.cardKey(spaceKey, name), spaceKey, name, pageId, from.matrixName(),
                from.boardKey(), null, now);
        updateSettings(copy.id(), from.mission(), from.hours(), from.responsePromise(), from.triageKey());
        for (Member m : source.members()) {
            addMember(copy.id(), m.userKey(), m.roleNote(), m.rank());
        }
        for (Channel c : source.channels()) {
            addChannel(copy.id(), c.kind(), c.label(), c.address(), c.rank());
        }
        return copy;
    }

    public boolean cardExists(String cardKey) {
        return ao.count(TeamCardEntity.class, Query.select().where(TeamCardEntity.CARD_KEY + " = ?", cardKey)) > 0;
    }

    /** Hides ({@code true}) or shows again the page's cards. */
    public void setTrashed(long pageId, boolean trashed) {
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where(TeamCardEntity.PAGE_ID + " = ?", pageId))) {
            e.setTrashed(trashed);
            e.save();
        }
    }

    /** The follow-ups raised from the requests sent to the page's cards. */
    public List<Long> followUpsRaisedOnPage(long pageId) {
        List<Long> ids = new ArrayList<>();
        for (int card : cardsOnPage(pageId)) {
            for (TeamRequestEntity e : ao.find(TeamRequestEntity.class, Query.select().where(TeamRequestEntity.CARD_ID + " = ? AND "
                    + TeamRequestEntity.FOLLOW_UP_ID + " > ?", card, 0L))) {
                ids.add(e.getFollowUpId());
            }
        }
        return ids;
    }

    public List<Integer> cardsOnPage(long pageId) {
        List<Integer> ids = new ArrayList<>();
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where(TeamCardEntity.PAGE_ID + " = ?", pageId))) {
            ids.add(e.getID());
        }
        return ids;
    }

    /** Deletes team cards with their channels, members and the requests sent to them. */
    public int deleteCards(List<Integer> ids) {
        return AoDeletes.cascade(ao, TeamCardEntity.class, ids, IN_CHUNK,
                AoDeletes.child(TeamChannelEntity.class, TeamChannelEntity.CARD_ID),
                AoDeletes.child(TeamMemberEntity.class, TeamMemberEntity.CARD_ID),
                AoDeletes.child(TeamRequestEntity.class, TeamRequestEntity.CARD_ID));
    }

    public int removeSpace(String spaceKey) {
        List<Integer> ids = new ArrayList<>();
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where(TeamCardEntity.SPACE_KEY + " = ?", spaceKey))) {
            ids.add(e.getID());
        }
        int removed = deleteCards(ids);
        ao.deleteWithSQL(TeamRequestEntity.class, TeamRequestEntity.SPACE_KEY + " = ?", spaceKey);
        return removed;
    }

    /** The page's cards (and requests sent to them) now belong to {@code spaceKey}; a name taken there stays (returned). */
    public List<String> movePage(long pageId, String spaceKey) {
        List<String> kept = new ArrayList<>();
        for (TeamCardEntity e : ao.find(TeamCardEntity.class, Query.select().where(TeamCardEntity.PAGE_ID + " = ?", pageId))) {
            String key = TeamRules.cardKey(spaceKey, e.getName());
            if (ao.count(TeamCardEntity.class, Query.select().where(TeamCardEntity.CARD_KEY + " = ?", key)) > 0) {
                kept.add(e.getName());
                continue;
            }
            e.setSpaceKey(spaceKey);
            e.setCardKey(key);
            e.save();
            for (TeamRequestEntity r : ao.find(TeamRequestEntity.class, Query.select().where(TeamRequestEntity.CARD_ID + " = ?", e.getID()))) {
                r.setSpaceKey(spaceKey);
                r.save();
            }
        }
        return kept;
    }

    /**
     * Requests the person sent lose their topic (the rows stay: counts unchanged) and their role notes go; their
     * names in other topics and role notes are replaced.
     */
    public int erase(ErasedPerson person) {
        int changed = 0;
        for (TeamRequestEntity r : ao.find(TeamRequestEntity.class)) {
            String topic = person.userKey().equals(r.getRequesterKey()) ? ErasedPerson.REMOVED : person.redact(r.getTopic());
            if (!topic.equals(r.getTopic())) {
                r.setTopic(topic);
                r.save();
                changed++;
            }
        }
        for (TeamMemberEntity m : ao.find(TeamMemberEntity.class)) {
            String note = person.userKey().equals(m.getUserKey()) ? ErasedPerson.erased(m.getRoleNote())
                    : person.redact(m.getRoleNote());
            if (!java.util.Objects.equals(note, m.getRoleNote())) {
                m.setRoleNote(note);
                m.save();
                changed++;
            }
        }
        return changed;
    }
}

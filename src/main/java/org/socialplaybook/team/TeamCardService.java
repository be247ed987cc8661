package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.Channel;
import org.socialplaybook.team.Team.ChannelKind;
import org.socialplaybook.team.Team.Member;

/**
 * Everything that changes a team card, with its checks: view permission on the owning page to read, edit permission
 * to change; valid input or a 400 with a translated key and nothing changed; optimistic locking (409 naming who
 * changed the card meanwhile); one transaction per change.
 */
@Named
public class TeamCardService {
    private final TeamStore store;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;
    private final SpaceVersions versions;

    @Inject
    public TeamCardService(TeamStore store, PageAccess pageAccess, CurrentUser currentUser, People people, TimeSource time,
                           SpaceVersions versions) {
        this.versions = versions;
        this.store = store;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
    }

    /** The card a macro on this page shows, found by space and team name or created now; its owning page keeps the macro's settings. */
    public CardData open(MacroPage page, String name, String matrixName, String board) {
        String clean = TeamRules.line("name", name, TeamRules.MAX_NAME, false);
        if (clean == null) {
            throw PlaybookException.invalidField("name", "social-playbook.team.macro.name-required");
        }
        String matrix = TeamRules.line("matrix", matrixName, TeamRules.MAX_NAME, false);
        String boardKey = TeamRules.board(board);
        String key = TeamRules.cardKey(page.spaceKey(), clean);
        Optional<Card> existing = store.cardByKey(key);
        Card card;
        if (existing.isEmpty()) {
            card = create(page, clean, matrix, boardKey, key);
            versions.changed(page.spaceKey());
        } else {
            card = existing.get();
            if (!pageAccess.canView(card.pageId())) {
                throw PlaybookException.notFound("social-playbook.team.error.card-hidden", clean);
            }
            if (card.pageId() == page.pageId() && (!Objects.equals(card.matrixName(), matrix) || !card.boardKey().equals(boardKey))) {
                int id = card.id();
                store.transaction(() -> {
                    store.setMacroSettings(id, matrix, boardKey);
                    return null;
                });
                versions.changed(page.spaceKey());
                card = store.card(id).orElseThrow();
            }
        }
        return store.load(card);
    }

    private Card create(MacroPage page, String name, String matrix, String board, String key) {
        String user = currentUser.key().orElse(null);
        try {
            return store.transaction(() -> store.cardByKey(key)
                    .orElseGet(() -> store.createCard(key, page.spaceKey(), name, page.pageId(), matrix, board, user, time.now())));
        } catch (RuntimeException raced) {
            return store.cardByKey(key).orElseThrow(() -> raced);
        }
    }

    public Card viewable(int cardId) {
        Card card = store.card(cardId).orElseThrow(() -> notFound(cardId));
        pageAccess.requireView(card.pageId());
        return card;
    }

    public CardData view(int cardId) {
        return store.load(viewable(cardId));
    }

    public boolean canEdit(Card card) {
        return currentUser.key().isPresent() && pageAccess.canEdit(card.pageId());
    }

    public CardData updateSettings(int cardId, TeamRequests.SettingsBody body) {
        Card card = editable(cardId);
        String mission = TeamRules.line("mission", body.mission(), TeamRules.MAX_MISSION, false);
        String hours = TeamRules.line("hours", body.hours(), TeamRules.MAX_HOURS, false);
        String promise = TeamRules.line("responsePromise", body.responsePromise(), TeamRules.MAX_PROMISE, false);
        String triage = body.triageKey() == null || body.triageKey().isBlank() ? null : knownUser("triageKey", body.triageKey());
        return change(card, version(body.version()), () -> store.updateSettings(card.id(), mission, hours, promise, triage));
    }

    public CardData addMember(int cardId, TeamRequests.MemberBody body) {
        Card card = editable(cardId);
        if (card.matrixName() != null) {
            throw PlaybookException.invalid("social-playbook.team.error.members-from-matrix", card.matrixName());
        }
        String userKey = knownUser("userKey", body.userKey());
        String role = TeamRules.line("role", body.role(), TeamRules.MAX_ROLE_NOTE, false);
        return change(card, version(body.version()), () -> {
            List<Member> members = store.members(card.id());
            if (members.size() >= TeamRules.MAX_MEMBERS) {
                throw PlaybookException.invalid("social-playbook.team.error.too-many-members", TeamRules.MAX_MEMBERS);
            }
            if (members.stream().anyMatch(m -> m.userKey().equals(userKey))) {
                throw PlaybookException.invalidField("userKey", "social-playbook.team.error.already-member",
                        people.describe(userKey).displayName());
            }
            store.addMember(card.id(), userKey, role, members.stream().mapToInt(Member::rank).max().orElse(-1) + 1);
        });
    }

    public CardData removeMember(int cardId, String userKey, Integer version) {
        Card card = editable(cardId);
        int v = version(version);
        return change(card, v, () -> {
            if (store.removeMember(card.id(), userKey == null ? "" : userKey) == 0) {
                throw PlaybookException.notFound("social-playbook.team.error.member-not-found");
            }
        });
    }

    public CardData addChannel(int cardId, TeamRequests.ChannelBody body) {
        Card card = editable(cardId);
        ChannelKind kind = TeamRules.channelKind(body.kind());
        String address = TeamRules.channel(kind, body.address());
        String label = TeamRules.line("label", body.label(), TeamRules.MAX_LABEL, false);
        return change(card, version(body.version()), () -> {
            List<Channel> channels = store.channels(card.id());
            if (channels.size() >= TeamRules.MAX_CHANNELS) {
                throw PlaybookException.invalid("social-playbook.team.error.too-many-channels", TeamRules.MAX_CHANNELS);
            }
            store.addChannel(card.id(), kind, label, address, channels.stream().mapToInt(Channel::rank).max().orElse(-1) + 1);
        });
    }

    public CardData deleteChannel(int cardId, int channelId, Integer version) {
        Card card = editable(cardId);
        int v = version(version);
        return change(card, v, () -> {
            if (store.deleteChannel(card.id(), channelId) == 0) {
                throw PlaybookException.notFound("social-playbook.team.error.channel-not-found", String.valueOf(channelId));
            }
        });
    }

    private Card editable(int cardId) {
        Card card = store.card(cardId).orElseThrow(() -> notFound(cardId));
        pageAccess.requireEdit(card.pageId());
        return card;
    }

    private CardData change(Card card, int expectedVersion, Runnable work) {
        String user = currentUser.requireKey();
        Card changed = store.transaction(() -> {
            TeamStore.Bump bump = store.bump(card.id(), expectedVersion, user, time.now());
            if (bump.card() == null) {
                throw notFound(card.id());
            }
            if (!bump.ok()) {
                String who = bump.card().updatedBy() == null ? "?" : people.describe(bump.card().updatedBy()).displayName();
                throw EditVersions.refusal(expectedVersion, bump.card().version(), "social-playbook.team.error.conflict", who);
            }
            work.run();
            return bump.card();
        });
        return store.load(changed);
    }

    private String knownUser(String field, String userKey) {
        if (userKey == null || userKey.isBlank() || userKey.length() > 255 || !people.exists(userKey)) {
            throw PlaybookException.invalidField(field, "social-playbook.team.error.unknown-user");
        }
        return userKey;
    }

    static PlaybookException notFound(int cardId) {
        return PlaybookException.notFound("social-playbook.team.error.card-not-found", String.valueOf(cardId));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw PlaybookException.invalidField("version", "social-playbook.team.error.version-required");
        }
        return version;
    }
}

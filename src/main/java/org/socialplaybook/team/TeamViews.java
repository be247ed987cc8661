package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.FollowUpState;
import org.socialplaybook.platform.FollowUpStates;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.RoleHolders;
import org.socialplaybook.platform.Views;
import org.socialplaybook.team.Team.Card;
import org.socialplaybook.team.Team.CardData;
import org.socialplaybook.team.Team.Channel;
import org.socialplaybook.team.Team.Member;
import org.socialplaybook.team.Team.Request;
import org.socialplaybook.team.TeamState.CardState;
import org.socialplaybook.team.TeamState.ChannelView;
import org.socialplaybook.team.TeamState.MemberView;
import org.socialplaybook.team.TeamState.PersonView;
import org.socialplaybook.team.TeamState.RequestView;

/**
 * Turns a card into what people see: members with their roles (from the named role matrix, a deputy shown as the
 * role's deputy rather than as a holder; else the chosen people),
 * channels as links, and the viewer's requests with the state of the follow-ups they became (asked of the feedback
 * capability in one go). People are described once each.
 */
@Named
public class TeamViews {
    private final Views views;
    private final People people;
    private final RoleDirectory roles;
    private final FollowUpStates followUps;

    @Inject
    public TeamViews(Views views, People people, RoleDirectory roles, FollowUpStates followUps) {
        this.views = views;
        this.people = people;
        this.roles = roles;
        this.followUps = followUps;
    }

    public CardState state(CardData data, boolean canEdit, boolean loggedIn) {
        Card card = data.card();
        Map<String, List<String>> rolesByPerson = new LinkedHashMap<>();
        Map<String, List<String>> deputyByPerson = new HashMap<>();
        boolean matrixExists = false;
        if (card.matrixName() != null) {
            Map<String, RoleHolders> matrix = roles.rolesWithDeputies(card.spaceKey(), card.matrixName());
            matrixExists = !matrix.isEmpty() || roles.matrixExists(card.spaceKey(), card.matrixName());
            matrix.forEach((role, people) -> {
                people.holders().forEach(k -> rolesByPerson.computeIfAbsent(k, x -> new ArrayList<>()).add(role));
                people.deputies().forEach(k -> {
                    rolesByPerson.computeIfAbsent(k, x -> new ArrayList<>());
                    deputyByPerson.computeIfAbsent(k, x -> new ArrayList<>()).add(role);
                });
            });
        }
        Set<String> keys = new LinkedHashSet<>(rolesByPerson.keySet());
        if (card.matrixName() == null) {
            data.members().forEach(m -> keys.add(m.userKey()));
        }
        if (card.triageKey() != null) {
            keys.add(card.triageKey());
        }
        if (card.updatedBy() != null) {
            keys.add(card.updatedBy());
        }
        Map<String, Person> who = people.describeAll(keys);
        List<MemberView> members = new ArrayList<>();
        if (card.matrixName() != null) {
            rolesByPerson.forEach((key, held) -> members.add(new MemberView(person(who, key), List.copyOf(held),
                    List.copyOf(deputyByPerson.getOrDefault(key, List.of())), null)));
        } else {
            for (Member m : data.members()) {
                members.add(new MemberView(person(who, m.userKey()), List.of(), List.of(), m.roleNote()));
            }
        }
        List<ChannelView> channels = new ArrayList<>();
        for (Channel c : data.channels()) {
            channels.add(new ChannelView(c.id(), c.kind().name(), c.label() == null ? c.address() : c.label(), c.address(),
                    TeamRules.href(c.kind(), c.address())));
        }
        return new CardState(card.id(), card.name(), card.pageId(), card.version(), canEdit, loggedIn, card.matrixName(),
                matrixExists, card.boardKey(), card.mission(), card.hours(), card.responsePromise(),
                card.triageKey() == null ? null : person(who, card.triageKey()), members, channels,
                card.updatedBy() == null ? null : who.get(card.updatedBy()).displayName());
    }

    /** The viewer's requests with the state of their follow-ups (one query for all of them). */
    public List<RequestView> requests(List<Request> mine) {
        Map<Long, FollowUpState> states = mine.isEmpty() ? Map.of()
                : followUps.states(mine.stream().map(Request::followUpId).filter(id -> id > 0).toList());
        List<RequestView> list = new ArrayList<>();
        for (Request r : mine) {
            FollowUpState s = states.get(r.followUpId());
            String state = s == null ? "received" : s.done() ? "done" : s.jiraKey() != null ? "jira" : s.jiraWaiting() ? "waiting" : "open";
            list.add(new RequestView(r.id(), r.topic(), r.urgency().name(), r.createdAt(), state,
                    s == null ? null : s.jiraKey(), s == null ? null : s.jiraStatus()));
        }
        return list;
    }

    /** The request's state in the reader's language: "Received", "In Jira: CARE-12 (In Progress)", "Done"... */
    String stateText(RequestView r) {
        return switch (r.state()) {
            case "jira" -> r.jiraStatus() == null ? views.text("social-playbook.team.request.state.jira", r.jiraKey())
                    : views.text("social-playbook.team.request.state.jira-status", r.jiraKey(), r.jiraStatus());
            default -> views.text("social-playbook.team.request.state." + r.state());
        };
    }

    /** The AUI lozenge class of the request's state. */
    static String lozenge(RequestView r) {
        return switch (r.state()) {
            case "done" -> "aui-lozenge-success";
            case "jira", "open" -> "aui-lozenge-inprogress";
            case "waiting" -> "aui-lozenge-moved";
            default -> "aui-lozenge-subtle";
        };
    }

    String urgencyText(RequestView r) {
        return views.text("social-playbook.team.urgency." + r.urgency().toLowerCase(Locale.ROOT));
    }

    // --- the macro's page ---

    /** {@code deputyFor}: the roles they stand in for, each already worded "Brand owner (deputy)" in the reader's language. */
    public record MemberPage(String key, String name, String avatarUrl, String initials, List<String> roles,
                             List<String> deputyFor, String note) {
    }

    public record ChannelPage(int id, String kind, String kindText, String icon, String label, String href, boolean web) {
    }

    public record RequestPage(String topic, String when, String urgency, String lozenge, String stateText) {
    }

    public record Option(String value, String text, boolean selected) {
    }

    public Map<String, Object> page(CardState state, List<RequestView> requests, boolean showRequests, String stateJson) {
        Locale locale = Locale.forLanguageTag(views.text("social-playbook.goals.format.locale"));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<MemberPage> members = new ArrayList<>();
        for (MemberView m : state.members()) {
            members.add(new MemberPage(m.person().key(), m.person().name(), m.person().avatarUrl(), initials(m.person().name()),
                    m.roles(), m.deputyFor().stream().map(r -> views.text("social-playbook.team.member.deputy", r)).toList(),
                    m.note() == null ? "" : m.note()));
        }
        List<ChannelPage> channels = new ArrayList<>();
        for (ChannelView c : state.channels()) {
            String kind = c.kind().toLowerCase(Locale.ROOT);
            channels.add(new ChannelPage(c.id(), kind, views.text("social-playbook.team.channel." + kind), ICONS.get(Team.ChannelKind.valueOf(c.kind())),
                    c.label(), c.href(), c.href().startsWith("http")));
        }
        List<RequestPage> mine = new ArrayList<>();
        for (RequestView r : requests) {
            mine.add(new RequestPage(r.topic(), dates.format(LocalDate.ofInstant(r.createdAt(), ZoneOffset.UTC)),
                    urgencyText(r), lozenge(r), stateText(r)));
        }
        List<Option> urgencies = new ArrayList<>();
        for (Team.Urgency u : Team.Urgency.values()) {
            urgencies.add(new Option(u.name(), views.text("social-playbook.team.urgency." + u.name().toLowerCase(Locale.ROOT)),
                    u == Team.Urgency.NORMAL));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("cardId", state.id());
        model.put("title", state.name());
        model.put("version", state.version());
        model.put("stateJson", stateJson);
        model.put("canEdit", state.canEdit());
        model.put("loggedIn", state.loggedIn());
        model.put("mission", state.mission() == null ? "" : state.mission());
        model.put("hours", state.hours() == null ? "" : state.hours());
        model.put("promise", state.responsePromise() == null ? "" : state.responsePromise());
        model.put("triage", state.triage() == null ? "" : state.triage().name());
        model.put("fromMatrix", state.matrix() != null);
        model.put("matrixWarning", state.matrix() != null && !state.matrixExists()
                ? views.text("social-playbook.team.matrix-unknown", state.matrix()) : "");
        model.put("matrix", state.matrix() == null ? "" : state.matrix());
        model.put("members", members);
        model.put("channels", channels);
        model.put("showRequests", showRequests);
        model.put("showRequestsText", String.valueOf(showRequests));
        model.put("requests", mine);
        model.put("urgencies", urgencies);
        model.put("updatedBy", state.updatedBy() == null ? "" : state.updatedBy());
        return model;
    }

    private static final Map<Team.ChannelKind, String> ICONS = Map.of(
            Team.ChannelKind.CHAT, "aui-iconfont-comment",
            Team.ChannelKind.EMAIL, "aui-iconfont-email",
            Team.ChannelKind.SOCIAL, "aui-iconfont-share",
            Team.ChannelKind.WEB, "aui-iconfont-world",
            Team.ChannelKind.PHONE, "aui-iconfont-notification-direct");

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty() && out.length() < 2) {
                out.appendCodePoint(part.codePointAt(0));
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static PersonView person(Map<String, Person> who, String key) {
        Person p = who.get(key);
        return p == null ? new PersonView(key, key, null) : new PersonView(p.key(), p.displayName(), p.avatarUrl());
    }
}

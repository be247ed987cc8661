package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.training.Model.Audience;
import org.socialplaybook.training.Model.Programme;

/**
 * Who a programme is for now: its users, the members of its groups, and the holders (deputies too) of its roles in
 * the named role matrix (every role when none is named). Asked at every render, so joining a role brings the
 * training and leaving it ends the requirement. The role directory answers in two queries per matrix, or per hundred
 * matrices when many programmes are resolved at once.
 */
@Named
public class AudienceResolver {
    private final People people;
    private final RoleDirectory roles;

    @Inject
    public AudienceResolver(People people, RoleDirectory roles) {
        this.people = people;
        this.roles = roles;
    }

    /** The audience now, and the audience's roles with their holders (for the grid's labels and filter). */
    public record Resolved(Set<String> learners, Map<String, Set<String>> roles) {
    }

    /** The audience's user keys (users first, then groups, then roles; each person once). */
    public Resolved resolve(Programme programme) {
        return resolve(programme, new HashMap<>());
    }

    /**
     * The audiences of several programmes by programme id, every role matrix they name asked at once
     * ({@link RoleDirectory#roles(java.util.Collection)}: two queries per hundred matrices), whatever the number of
     * programmes, spaces or matrices.
     */
    public Map<Integer, Resolved> resolveAll(List<Programme> programmes) {
        Map<String, RoleDirectory.MatrixName> named = new LinkedHashMap<>();
        for (Programme p : programmes) {
            if (p.audience().usesMatrix()) {
                named.putIfAbsent(matrixKey(p), new RoleDirectory.MatrixName(p.spaceKey(), p.audience().roleMatrix()));
            }
        }
        Map<String, Map<String, Set<String>>> matrices = new HashMap<>();
        if (!named.isEmpty()) {
            Map<RoleDirectory.MatrixName, Map<String, Set<String>>> found = roles.roles(named.values());
            named.forEach((key, name) -> matrices.put(key, found.getOrDefault(name, Map.of())));
        }
        Map<Integer, Resolved> all = new HashMap<>();
        for (Programme p : programmes) {
            all.put(p.id(), resolve(p, matrices));
        }
        return all;
    }

    private Resolved resolve(Programme programme, Map<String, Map<String, Set<String>>> matrices) {
        Map<String, Set<String>> matrixRoles = rolesOf(programme, matrices);
        return new Resolved(Collections.unmodifiableSet(resolve(programme.audience(), matrixRoles)), matrixRoles);
    }

    Set<String> resolve(Audience audience, Map<String, Set<String>> matrixRoles) {
        Set<String> keys = new LinkedHashSet<>(audience.userKeys());
        for (String group : audience.groups()) {
            keys.addAll(people.membersOf(group));
        }
        matrixRoles.values().forEach(keys::addAll);
        return keys;
    }

    /**
     * The roles of the programme's matrix that are part of its audience, with their holders, in the matrix's order
     * (empty without a matrix). The people grid filters and labels by them.
     */
    public Map<String, Set<String>> rolesOf(Programme programme) {
        return rolesOf(programme, new HashMap<>());
    }

    /** {@code matrices}: the matrices already asked for, by space and name (ignoring case), filled as they are asked. */
    private Map<String, Set<String>> rolesOf(Programme programme, Map<String, Map<String, Set<String>>> matrices) {
        Audience audience = programme.audience();
        if (!audience.usesMatrix()) {
            return Map.of();
        }
        Map<String, Set<String>> all = matrices.computeIfAbsent(matrixKey(programme),
                k -> roles.roles(programme.spaceKey(), audience.roleMatrix()));
        if (audience.roles().isEmpty()) {
            return all;
        }
        Set<String> wanted = new java.util.HashSet<>();
        audience.roles().forEach(r -> wanted.add(r.toLowerCase(Locale.ROOT)));
        Map<String, Set<String>> picked = new LinkedHashMap<>();
        all.forEach((name, holders) -> {
            if (wanted.contains(name.toLowerCase(Locale.ROOT))) {
                picked.put(name, holders);
            }
        });
        return Collections.unmodifiableMap(picked);
    }

    private static String matrixKey(Programme programme) {
        return programme.spaceKey() + "\n" + programme.audience().roleMatrix().trim().toLowerCase(Locale.ROOT);
    }
}

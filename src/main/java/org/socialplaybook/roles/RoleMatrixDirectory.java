package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.HeldRoles;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.RoleHolders;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.Role;

/**
 * {@link RoleDirectory} over the role matrices: one or two queries per call (roles and people carry the matrix's
 * key, so no matrix lookup or join is needed). Unknown matrix, role or person: empty answers.
 */
@Named
public class RoleMatrixDirectory implements RoleDirectory {
    private final RoleMatrixStore store;

    @Inject
    public RoleMatrixDirectory(RoleMatrixStore store) {
        this.store = store;
    }

    @Override
    public boolean matrixExists(String spaceKey, String matrixName) {
        return valid(spaceKey, matrixName) && store.matrixExists(Names.matrixKey(spaceKey, matrixName));
    }

    @Override
    public Map<String, Set<String>> roles(String spaceKey, String matrixName) {
        Map<String, Set<String>> answer = new LinkedHashMap<>();
        rolesWithDeputies(spaceKey, matrixName).forEach((role, people) -> answer.put(role, people.everyone()));
        return Collections.unmodifiableMap(answer);
    }

    @Override
    public Map<String, RoleHolders> rolesWithDeputies(String spaceKey, String matrixName) {
        if (!valid(spaceKey, matrixName)) {
            return Map.of();
        }
        String key = Names.matrixKey(spaceKey, matrixName);
        List<Role> roles = store.rolesByMatrixKey(key);
        return roles.isEmpty() ? Map.of() : withDeputies(roles, store.holdersByMatrixKey(key));
    }

    @Override
    public Map<MatrixName, Map<String, Set<String>>> roles(Collection<MatrixName> matrices) {
        Map<MatrixName, String> keys = new LinkedHashMap<>();
        for (MatrixName m : matrices) {
            keys.put(m, valid(m.spaceKey(), m.matrixName()) ? Names.matrixKey(m.spaceKey(), m.matrixName()) : null);
        }
        List<String> asked = keys.values().stream().filter(java.util.Objects::nonNull).toList();
        Map<String, List<Role>> roles = asked.isEmpty() ? Map.of() : store.rolesByMatrixKeys(asked);
        Map<String, List<Holder>> holders = roles.isEmpty() ? Map.of() : store.holdersByMatrixKeys(roles.keySet());
        Map<MatrixName, Map<String, Set<String>>> answer = new LinkedHashMap<>();
        keys.forEach((m, key) -> {
            Map<String, Set<String>> everyone = new LinkedHashMap<>();
            if (key != null && roles.containsKey(key)) {
                withDeputies(roles.get(key), holders.getOrDefault(key, List.of()))
                        .forEach((role, people) -> everyone.put(role, people.everyone()));
            }
            answer.put(m, Collections.unmodifiableMap(everyone));
        });
        return answer;
    }

    /** The roles in their order with their holders and deputies apart. */
    private static Map<String, RoleHolders> withDeputies(List<Role> roles, List<Holder> holderRows) {
        Map<Integer, Set<String>> holders = new HashMap<>();
        Map<Integer, Set<String>> deputies = new HashMap<>();
        for (Holder h : holderRows) {
            (h.deputy() ? deputies : holders).computeIfAbsent(h.roleId(), k -> new LinkedHashSet<>()).add(h.userKey());
        }
        Map<String, RoleHolders> answer = new LinkedHashMap<>();
        for (Role r : roles) {
            answer.put(r.name(), new RoleHolders(holders.getOrDefault(r.id(), Set.of()), deputies.getOrDefault(r.id(), Set.of())));
        }
        return Collections.unmodifiableMap(answer);
    }

    @Override
    public Set<String> holders(String spaceKey, String matrixName, String roleName) {
        if (!valid(spaceKey, matrixName) || roleName == null || roleName.isBlank()) {
            return Set.of();
        }
        return store.roleByName(Names.matrixKey(spaceKey, matrixName), roleName)
                .map(role -> {
                    Set<String> keys = new LinkedHashSet<>();
                    holdersFirst(store.holdersOfRole(role.id())).forEach(h -> keys.add(h.userKey()));
                    return Collections.unmodifiableSet(keys);
                })
                .orElse(Set.of());
    }

    @Override
    public List<String> rolesOf(String spaceKey, String matrixName, String userKey) {
        if (!valid(spaceKey, matrixName) || userKey == null) {
            return List.of();
        }
        String key = Names.matrixKey(spaceKey, matrixName);
        Set<Integer> held = new HashSet<>();
        store.holdersByMatrixKeyAndUser(key, userKey).forEach(h -> held.add(h.roleId()));
        if (held.isEmpty()) {
            return List.of();
        }
        return store.rolesByMatrixKey(key).stream().filter(r -> held.contains(r.id())).map(Role::name).toList();
    }

    @Override
    public List<HeldRoles> rolesOfPerson(Collection<String> spaceKeys, String userKey) {
        if (userKey == null || spaceKeys.isEmpty()) {
            return List.of();
        }
        List<RoleMatrixStore.Holding> holdings = store.holdingsOf(userKey);
        if (holdings.isEmpty()) {
            return List.of();
        }
        Set<String> spaces = new HashSet<>(spaceKeys);
        List<Matrix> matrices = store.matrices(holdings.stream().map(RoleMatrixStore.Holding::matrixId).toList()).stream()
                .filter(m -> spaces.contains(m.spaceKey()))
                .sorted(java.util.Comparator.comparing(Matrix::spaceKey).thenComparing(Matrix::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (matrices.isEmpty()) {
            return List.of();
        }
        Map<Integer, Role> roles = new java.util.LinkedHashMap<>();
        store.roles(holdings.stream().map(RoleMatrixStore.Holding::roleId).toList()).forEach(r -> roles.put(r.id(), r));
        List<HeldRoles> held = new ArrayList<>();
        for (Matrix m : matrices) {
            List<RoleMatrixStore.Holding> here = holdings.stream().filter(h -> h.matrixId() == m.id()).toList();
            List<String> names = roles.values().stream()
                    .filter(r -> here.stream().anyMatch(h -> h.roleId() == r.id())).map(Role::name).toList();
            if (!names.isEmpty()) {
                held.add(new HeldRoles(m.spaceKey(), m.name(), m.pageId(), names, here.stream().allMatch(RoleMatrixStore.Holding::deputy)));
            }
        }
        return held;
    }

    private static boolean valid(String spaceKey, String matrixName) {
        return spaceKey != null && !spaceKey.isBlank() && matrixName != null && !matrixName.isBlank();
    }

    private static List<Holder> holdersFirst(List<Holder> holders) {
        return holders.stream().sorted((a, b) -> Boolean.compare(a.deputy(), b.deputy())).toList();
    }
}

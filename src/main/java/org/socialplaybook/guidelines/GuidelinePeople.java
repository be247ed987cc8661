package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.Person;

/**
 * Who the people named by a guideline are: users (by key or username), group members (asked now, never stored),
 * and the holders of a role in a named role matrix (for the escalation contact).
 */
@Named
public class GuidelinePeople implements Audience.Groups, GuidelineParameters.Directory {
    private final People people;
    private final RoleDirectory roles;

    @Inject
    public GuidelinePeople(People people, RoleDirectory roles) {
        this.people = people;
        this.roles = roles;
    }

    @Override
    public Optional<String> userKey(String userKeyOrName) {
        if (people.exists(userKeyOrName)) {
            return Optional.of(userKeyOrName);
        }
        return people.byUsername(userKeyOrName).map(Person::key);
    }

    @Override
    public boolean groupExists(String group) {
        return people.groupExists(group);
    }

    @Override
    public boolean isMember(String userKey, String group) {
        return people.isInGroup(userKey, group);
    }

    @Override
    public Set<String> members(String group) {
        return people.membersOf(group);
    }

    public Person describe(String userKey) {
        return people.describe(userKey);
    }

    public Map<String, Person> describeAll(Collection<String> userKeys) {
        return people.describeAll(userKeys);
    }

    /**
     * The keys of the people holding {@code role} in the space's role matrix {@code matrix} (deputies included), or
     * empty when the space has no matrix of that name; a known matrix whose role nobody holds gives an empty set.
     */
    public Optional<Set<String>> roleHolders(String spaceKey, String matrix, String role) {
        if (matrix == null || role == null || !roles.matrixExists(spaceKey, matrix)) {
            return Optional.empty();
        }
        return Optional.of(roles.holders(spaceKey, matrix, role));
    }
}

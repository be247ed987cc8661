package org.socialplaybook.platform;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.Group;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The user directory as the plugin needs it: who a key is, who is in a group, find a user by name. */
@Named
public class People {
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    @Inject
    public People(@ComponentImport UserManager userManager, @ComponentImport UserAccessor userAccessor) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    public Person describe(String userKey) {
        UserProfile profile = userKey == null ? null : userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) {
            return Person.unknown(userKey);
        }
        URI avatar = profile.getProfilePictureUri();
        return new Person(userKey, profile.getUsername(), profile.getFullName(),
                avatar == null ? null : avatar.toString(), true);
    }

    /** Each key described once, in the order given. */
    public Map<String, Person> describeAll(Collection<String> userKeys) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (String key : userKeys) {
            people.computeIfAbsent(key, this::describe);
        }
        return people;
    }

    public Optional<Person> byUsername(String username) {
        ConfluenceUser user = username == null ? null : userAccessor.getUserByName(username);
        return user == null ? Optional.empty() : Optional.of(describe(user.getKey().getStringValue()));
    }

    public boolean exists(String userKey) {
        return userKey != null && userManager.getUserProfile(new UserKey(userKey)) != null;
    }

    public boolean isInGroup(String userKey, String group) {
        return userManager.isUserInGroup(new UserKey(userKey), group);
    }

    public boolean groupExists(String group) {
        return userAccessor.getGroup(group) != null;
    }

    /** The keys of the group's members now; an unknown group has none. */
    public Set<String> membersOf(String groupName) {
        Group group = userAccessor.getGroup(groupName);
        Set<String> keys = new LinkedHashSet<>();
        if (group == null) {
            return keys;
        }
        for (String username : userAccessor.getMemberNamesAsList(group)) {
            ConfluenceUser user = userAccessor.getUserByName(username);
            if (user != null) {
                keys.add(user.getKey().getStringValue());
            }
        }
        return keys;
    }
}

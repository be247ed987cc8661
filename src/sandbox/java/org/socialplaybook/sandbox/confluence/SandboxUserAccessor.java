package org.socialplaybook.sandbox.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.List;

/** Confluence's UserAccessor (the part the plugin calls) over the sandbox directory. */
public final class SandboxUserAccessor implements UserAccessor {
    private final Directory directory;

    public SandboxUserAccessor(Directory directory) {
        this.directory = directory;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return userKey == null ? null : directory.byKey(userKey.getStringValue()).map(SandboxUserAccessor::user).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return directory.byUsername(name).map(SandboxUserAccessor::user).orElse(null);
    }

    @Override
    public Group getGroup(String name) {
        return directory.groupExists(name) ? () -> name : null;
    }

    @Override
    public List<String> getMemberNamesAsList(Group group) {
        return directory.groupMembers(group.getName());
    }

    static ConfluenceUser user(Directory.User user) {
        return new ConfluenceUser() {
            @Override
            public UserKey getKey() {
                return new UserKey(user.key());
            }

            @Override
            public String getFullName() {
                return user.fullName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }

            @Override
            public String getName() {
                return user.username();
            }
        };
    }
}

package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.List;

public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey userKey);

    ConfluenceUser getUserByName(String name);

    Group getGroup(String name);

    List<String> getMemberNamesAsList(Group group);
}

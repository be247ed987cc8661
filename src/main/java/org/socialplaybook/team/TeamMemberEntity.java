package org.socialplaybook.team;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A person chosen for a card that names no role matrix, with what they do ("Community manager, Spanish channels"). */
@Preload
@Table("TeamMember")
public interface TeamMemberEntity extends Entity {
    String CARD_ID = "CARD_ID";
    String USER_KEY = "USER_KEY";
    String ROLE_NOTE = "ROLE_NOTE";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getCardId();

    void setCardId(int cardId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    String getRoleNote();

    void setRoleNote(String roleNote);

    int getSortRank();

    void setSortRank(int sortRank);
}

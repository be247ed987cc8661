package org.socialplaybook.team;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** How to reach the team: {@code KIND} a {@link Team.ChannelKind} name, a label, and the checked address (URL, e-mail, phone). */
@Preload
@Table("TeamChannel")
public interface TeamChannelEntity extends Entity {
    String CARD_ID = "CARD_ID";
    String KIND = "KIND";
    String LABEL = "LABEL";
    String ADDRESS = "ADDRESS";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getCardId();

    void setCardId(int cardId);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getLabel();

    void setLabel(String label);

    @NotNull
    @StringLength(450)
    String getAddress();

    void setAddress(String address);

    int getSortRank();

    void setSortRank(int sortRank);
}

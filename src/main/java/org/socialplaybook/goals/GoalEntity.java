package org.socialplaybook.goals;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A goal of the social strategy ("Be where our customers ask for help"), in its set's order. */
@Preload
@Table("GoalGoal")
public interface GoalEntity extends Entity {
    String SET_ID = "SET_ID";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getSetId();

    void setSetId(int setId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(450)
    String getDescription();

    void setDescription(String description);

    int getSortRank();

    void setSortRank(int sortRank);
}

package org.socialplaybook.goals;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Who contributes to an objective and how, in one sentence. {@code KIND} is a {@link Goals.ContributorKind} name;
 * {@code REF} is the role's name (in the set's role matrix), the Confluence group's name, or the person's user key.
 */
@Preload
@Table("GoalContrib")
public interface ContributionEntity extends Entity {
    String SET_ID = "SET_ID";
    String OBJECTIVE_ID = "OBJECTIVE_ID";
    String KIND = "KIND";
    String REF = "REF";
    String HOW = "HOW";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getSetId();

    void setSetId(int setId);

    @Indexed
    int getObjectiveId();

    void setObjectiveId(int objectiveId);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getRef();

    void setRef(String ref);

    @NotNull
    @StringLength(450)
    String getHow();

    void setHow(String how);

    int getSortRank();

    void setSortRank(int sortRank);
}

package org.socialplaybook.feedback;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One row per follow-up another capability submitted; the unique REF makes a second submission impossible. */
@Preload
@Table("FbSource")
public interface SourceRefEntity extends Entity {
    String REF = "REF";
    String FOLLOW_UP_ID = "FOLLOW_UP_ID";

    @NotNull
    @Unique
    String getRef();

    void setRef(String ref);

    int getFollowUpId();

    void setFollowUpId(int followUpId);
}

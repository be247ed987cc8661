package org.socialplaybook.jira;

import java.time.LocalDate;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/** What the plugin asks Jira to create: the fields of {@code POST /rest/api/2/issue}. */
public record NewIssue(String projectKey, String issueType, String summary, String description, @IsoText LocalDate dueDate,
                       List<String> labels, String assigneeName) {
    public NewIssue {
        labels = List.copyOf(labels);
    }
}

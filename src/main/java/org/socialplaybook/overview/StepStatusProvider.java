package org.socialplaybook.overview;

import java.util.List;

/** Implemented by each capability: what it can say about the steps it serves, for one space. */
public interface StepStatusProvider {
    List<StepStatus> statusFor(String spaceKey);
}

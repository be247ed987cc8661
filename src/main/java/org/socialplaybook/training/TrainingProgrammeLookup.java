package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.socialplaybook.platform.TrainingProgrammes;
import org.socialplaybook.training.Model.Programme;

/**
 * {@link TrainingProgrammes} over the tracker's programmes: one query for the programme(s), two for their modules
 * and learners, two per distinct role matrix their audiences name, whatever the number of programmes or learners.
 * The percentage is the tracker's own (required modules done over required modules assigned, across the audience).
 */
@Named
public class TrainingProgrammeLookup implements TrainingProgrammes {
    private final TrainingStore store;
    private final TrainingReports reports;

    @Inject
    public TrainingProgrammeLookup(TrainingStore store, TrainingReports reports) {
        this.store = store;
        this.reports = reports;
    }

    @Override
    public Optional<ProgrammeSummary> find(String spaceKey, String key) {
        if (spaceKey == null || key == null || key.isBlank()) {
            return Optional.empty();
        }
        return store.programmeByKey(TrainingStore.programmeKey(spaceKey, key)).map(p -> summaries(List.of(p)).get(0));
    }

    @Override
    public List<ProgrammeSummary> list(String spaceKey) {
        return spaceKey == null ? List.of() : summaries(store.programmesInSpace(spaceKey));
    }

    private List<ProgrammeSummary> summaries(List<Programme> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        return reports.snapshots(programmes).stream().map(s -> new ProgrammeSummary(s.programme().code(), s.programme().title(),
                s.programme().pageId(), reports.figures(s).percent())).toList();
    }
}

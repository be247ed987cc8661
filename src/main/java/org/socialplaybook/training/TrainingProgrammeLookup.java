package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.TrainingProgrammes;
import org.socialplaybook.training.Model.Programme;

/**
 * {@link TrainingProgrammes} over the tracker's programmes: one query for the programme(s), two for their modules
 * and learners, two per distinct role matrix their audiences name, whatever the number of programmes or learners.
 * The percentage is the tracker's own (required modules done over required modules assigned, across the audience),
 * and only for a caller who may edit the programme's page, as the tracker itself shows it; for others it is null and
 * their programmes' learners are not read at all.
 */
@Named
public class TrainingProgrammeLookup implements TrainingProgrammes {
    private final TrainingStore store;
    private final TrainingReports reports;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;

    @Inject
    public TrainingProgrammeLookup(TrainingStore store, TrainingReports reports, PageAccess pageAccess, CurrentUser currentUser) {
        this.store = store;
        this.reports = reports;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
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

    @Override
    public List<ProgrammeSummary> list(String spaceKey, Set<String> figuresFor) {
        if (spaceKey == null) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>();
        figuresFor.forEach(k -> wanted.add(k.toLowerCase(Locale.ROOT)));
        return summaries(store.programmesInSpace(spaceKey), p -> wanted.contains(p.code().toLowerCase(Locale.ROOT)));
    }

    private List<ProgrammeSummary> summaries(List<Programme> programmes) {
        return summaries(programmes, p -> true);
    }

    private List<ProgrammeSummary> summaries(List<Programme> programmes, Predicate<Programme> withFigures) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        boolean loggedIn = currentUser.key().isPresent();
        List<Programme> trainers = programmes.stream()
                .filter(p -> loggedIn && withFigures.test(p) && pageAccess.canEdit(p.pageId())).toList();
        Map<Integer, Integer> percent = new HashMap<>();
        if (!trainers.isEmpty()) {
            reports.snapshots(trainers).forEach(s -> percent.put(s.programme().id(), reports.figures(s).percent()));
        }
        List<ProgrammeSummary> summaries = new ArrayList<>(programmes.size());
        for (Programme p : programmes) {
            summaries.add(new ProgrammeSummary(p.code(), p.title(), p.pageId(), percent.get(p.id())));
        }
        return summaries;
    }
}

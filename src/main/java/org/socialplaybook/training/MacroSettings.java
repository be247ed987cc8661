package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.training.Model.Audience;
import org.socialplaybook.training.TrainingStore.Settings;

/**
 * The {@code training-tracker} macro's parameters, checked: programme key and title; the audience (users by
 * username or key, groups, a role matrix of this space and some of its roles); a due date or "due N days after
 * being assigned"; the trainer who receives follow-ups; the groups offered as team filters. Anything unknown is a
 * translated error naming it (the macro shows it instead of a programme).
 */
@Named
public class MacroSettings {
    public static final int MAX_CODE = 100;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DUE_DAYS = 3650;

    private final People people;
    private final RoleDirectory roles;

    @Inject
    public MacroSettings(People people, RoleDirectory roles) {
        this.people = people;
        this.roles = roles;
    }

    /**
     * The programme's key (as typed), its settings and {@code starterModules}: the modules it starts with when it is
     * created (the {@code starter-modules} parameter, {@code title | https://material; title | …}, read once, as the
     * role matrix reads its body's table once; the space blueprint's training page uses it).
     */
    public record Parsed(String code, Settings settings, List<StarterModule> starterModules) {
        public Parsed {
            starterModules = List.copyOf(starterModules);
        }
    }

    public Parsed parse(Map<String, String> parameters, String spaceKey) {
        String code = clean(parameters.get("key"));
        if (code.isEmpty()) {
            throw PlaybookException.invalidField("key", "social-playbook.training.macro.key-required");
        }
        if (code.length() > MAX_CODE) {
            throw PlaybookException.invalidField("key", "social-playbook.training.macro.key-long", MAX_CODE);
        }
        String title = clean(parameters.get("title"));
        if (title.isEmpty()) {
            title = code;
        }
        if (title.length() > MAX_TITLE) {
            throw PlaybookException.invalidField("title", "social-playbook.training.macro.title-long", MAX_TITLE);
        }
        List<String> users = new ArrayList<>();
        for (String token : list(parameters.get("users"))) {
            users.add(userKey(token).orElseThrow(() ->
                    PlaybookException.invalidField("users", "social-playbook.training.macro.unknown-user", token)));
        }
        List<String> groups = groups(parameters.get("groups"), "groups");
        String matrix = clean(parameters.get("matrix"));
        List<String> roleNames = list(parameters.get("roles"));
        if (matrix.isEmpty() && !roleNames.isEmpty()) {
            throw PlaybookException.invalidField("matrix", "social-playbook.training.macro.matrix-required");
        }
        LocalDate dueOn = null;
        String due = clean(parameters.get("due"));
        if (!due.isEmpty()) {
            try {
                dueOn = LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                throw PlaybookException.invalidField("due", "social-playbook.training.macro.due-invalid", due);
            }
        }
        Integer dueDays = null;
        String days = clean(parameters.get("dueDays"));
        if (!days.isEmpty()) {
            try {
                dueDays = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                dueDays = -1;
            }
            if (dueDays < 1 || dueDays > MAX_DUE_DAYS) {
                throw PlaybookException.invalidField("dueDays", "social-playbook.training.macro.due-days-invalid", MAX_DUE_DAYS);
            }
        }
        if (dueOn != null && dueDays != null) {
            throw PlaybookException.invalidField("dueDays", "social-playbook.training.macro.due-both");
        }
        String trainer = null;
        String trainerText = clean(parameters.get("trainer"));
        if (!trainerText.isEmpty()) {
            trainer = userKey(trainerText).orElseThrow(() ->
                    PlaybookException.invalidField("trainer", "social-playbook.training.macro.unknown-user", trainerText));
        }
        List<String> teams = groups(parameters.get("teams"), "teams");
        return new Parsed(code, new Settings(title, new Audience(users, groups, matrix.isEmpty() ? null : matrix, roleNames),
                dueOn, dueDays, trainer, teams), starterModules(parameters.get("starter-modules")));
    }

    /** A module a new programme starts with: its title and the web address of its material. */
    public record StarterModule(String title, String url) {
    }

    static List<StarterModule> starterModules(String value) {
        List<StarterModule> modules = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return modules;
        }
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int bar = part.indexOf('|');
            String title = clean(bar < 0 ? part : part.substring(0, bar));
            if (title.isEmpty() || title.length() > ProgrammeService.MAX_MODULE_TITLE) {
                throw PlaybookException.invalidField("starter-modules", "social-playbook.training.macro.starter-invalid",
                        part.strip());
            }
            String url = bar < 0 ? null : ModuleLinks.url(part.substring(bar + 1));
            if (url == null) {
                throw PlaybookException.invalidField("starter-modules", "social-playbook.training.macro.starter-invalid",
                        part.strip());
            }
            modules.add(new StarterModule(title, url));
        }
        if (modules.size() > ProgrammeService.MAX_MODULES) {
            throw PlaybookException.invalidField("starter-modules", "social-playbook.training.module.too-many",
                    ProgrammeService.MAX_MODULES);
        }
        return modules;
    }

    /**
     * The audience's matrix and roles exist in the space (asked when a programme's settings are saved, not at every
     * render: a role renamed later shows as a warning in the tracker instead).
     */
    public void checkMatrix(String spaceKey, Audience audience) {
        if (!audience.usesMatrix()) {
            return;
        }
        String matrix = audience.roleMatrix();
        Map<String, Set<String>> known = roles.roles(spaceKey, matrix);
        if (known.isEmpty() && !roles.matrixExists(spaceKey, matrix)) {
            throw PlaybookException.invalidField("matrix", "social-playbook.training.macro.unknown-matrix", matrix);
        }
        Set<String> lower = new java.util.HashSet<>();
        known.keySet().forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
        for (String role : audience.roles()) {
            if (!lower.contains(role.toLowerCase(Locale.ROOT))) {
                throw PlaybookException.invalidField("roles", "social-playbook.training.macro.unknown-role", role, matrix);
            }
        }
    }

    private List<String> groups(String value, String field) {
        List<String> groups = list(value);
        for (String group : groups) {
            if (!people.groupExists(group)) {
                throw PlaybookException.invalidField(field, "social-playbook.training.macro.unknown-group", group);
            }
        }
        return groups;
    }

    /** A user given by key (how Confluence stores a user parameter) or by username. */
    private Optional<String> userKey(String token) {
        if (people.exists(token)) {
            return Optional.of(token);
        }
        return people.byUsername(token).map(Person::key);
    }

    static List<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        if (value != null) {
            for (String part : value.split(",")) {
                String item = clean(part);
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return List.copyOf(items);
    }

    static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}

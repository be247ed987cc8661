package org.socialplaybook.sandbox.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.Requests;
import org.socialplaybook.roles.RoleMatrixService;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;

/**
 * The "Roles &amp; responsibilities" page's matrix, as the team would have it after a week: seeded from the table in
 * the macro body (as the first display would), people assigned to their roles (a deputy or two, two roles nobody
 * holds yet), and one offer to own the activity that has no Accountable. Written through the plugin's own service,
 * as Sofía (space admin), only when there is no matrix yet, with its clock three weeks back (the team set it up
 * then; the Monday digest's "what changed" is for edits, not the demo's seeding).
 */
public final class RoleMatrixDemoSeed implements DemoSeed {
    static final long PAGE_ID = 1101;
    static final String MATRIX = "Social media team";
    static final Duration SEEDED_AGO = Duration.ofDays(21);

    private static final Map<String, List<String>> HOLDERS = Map.of(
            "Community manager", List.of("liam"),
            "Content lead", List.of("marco"),
            "Customer care agent", List.of("nora"),
            "Social listening analyst", List.of("nora"),
            "Brand owner", List.of("sofia"),
            "Sales liaison", List.of("victor"));
    private static final Map<String, String> DEPUTIES = Map.of(
            "Customer care agent", "liam",
            "Brand owner", "marco");

    @Override
    public void seed(Sandbox sandbox) {
        RoleMatrixStore store = sandbox.components().get(RoleMatrixStore.class);
        // dated three weeks back, so that the Monday digest's "what changed" never shows the seeding as this week's work
        RoleMatrixService service = new RoleMatrixService(store, sandbox.components().get(PageAccess.class),
                sandbox.components().get(CurrentUser.class), sandbox.components().get(People.class),
                new TimeSource(Clock.fixed(sandbox.config().clock().instant().minus(SEEDED_AGO), ZoneOffset.UTC)),
                sandbox.components().get(org.socialplaybook.platform.SpaceVersions.class));
        if (!store.matricesInSpace(sandbox.directory().spaceKey()).isEmpty()) {
            return;
        }
        String storage = sandbox.pages().find(PAGE_ID).map(p -> p.storage()).orElse(null);
        if (storage == null) {
            return;
        }
        Document doc = Jsoup.parse(storage, "", Parser.xmlParser());
        Element macro = doc.select("ac|structured-macro[ac:name=role-matrix]").first();
        Element body = macro == null ? null : macro.selectFirst("ac|rich-text-body");
        String bodyHtml = body == null ? "" : body.html();
        sandbox.as("sofia", () -> {
            MatrixData data = service.open(new MacroPage(PAGE_ID, sandbox.directory().spaceKey(),
                    "Roles & responsibilities", true), MATRIX, 4, bodyHtml);
            int id = data.matrix().id();
            int version = data.matrix().version();
            for (Role role : data.roles()) {
                for (String username : HOLDERS.getOrDefault(role.name(), List.of())) {
                    version = service.addPerson(id, role.id(), new Requests.PersonBody(sandbox.userKey(username), version))
                            .matrix().version();
                }
                String deputy = DEPUTIES.get(role.name());
                if (deputy != null) {
                    version = service.setDeputy(id, role.id(), new Requests.PersonBody(sandbox.userKey(deputy), version))
                            .matrix().version();
                }
            }
            data.activities().stream().filter(a -> a.name().equals("Run the weekly community Q&A")).findFirst()
                    .ifPresent(a -> sandbox.as("marco", () -> service.propose(id, new Requests.ProposalBody(a.id()))));
            return null;
        });
    }
}

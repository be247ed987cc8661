package org.socialplaybook.news;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialplaybook.roles.Model;
import org.socialplaybook.roles.Requests;
import org.socialplaybook.roles.RoleMatrixService;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/**
 * Issue 15 item 7 as Nora met it, in Spanish: after a few minutes of clicking in the role matrix (cells toggled and
 * toggled back, a role added, a person added and removed again), the digest preview's "what changed" is one line for
 * the matrix with its net change; the demo's seeding (people given their roles) is not in it.
 */
public class DigestChangesIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void noraSeesTheMatrixsNetChangeInOneLineInSpanish() {
        Sandbox sandbox = SANDBOX.sandbox();
        RoleMatrixService service = sandbox.components().get(RoleMatrixService.class);
        int id = sandbox.components().get(RoleMatrixStore.class).matricesInSpace(sandbox.directory().spaceKey()).get(0).id();
        Model.MatrixData data = sandbox.as("sofia", () -> service.view(id));
        Map<String, Integer> roles = data.roles().stream().collect(Collectors.toMap(Model.Role::name, Model.Role::id));
        int first = data.activities().get(0).id();
        int second = data.activities().get(1).id();
        int[] version = {data.matrix().version()};
        List<Object[]> clicks = List.of(
                new Object[] {first, "Sales liaison", "C"}, new Object[] {first, "Sales liaison", "I"},
                new Object[] {first, "Sales liaison", letters(data, roles.get("Sales liaison"), first)}, // back: no change
                new Object[] {second, "Sales liaison", "R"}, new Object[] {second, "Sales liaison", "C"},
                new Object[] {second, "Brand owner", "I"}, new Object[] {second, "Brand owner", "C"});
        for (Object[] click : clicks) {
            version[0] = sandbox.as("sofia", () -> service.setCell(id, new Requests.CellBody(roles.get((String) click[1]),
                    (Integer) click[0], (String) click[2], version[0]))).matrix().version();
        }
        version[0] = sandbox.as("sofia", () -> service.addRole(id, new Requests.RoleBody("Moderador", version[0])))
                .matrix().version();
        int analyst = roles.get("Social listening analyst");
        version[0] = sandbox.as("sofia", () -> service.addPerson(id, analyst,
                new Requests.PersonBody(sandbox.userKey("marco"), version[0]))).matrix().version();
        sandbox.as("sofia", () -> service.removePerson(id, analyst, sandbox.userKey("marco"), version[0]));
        long cellsChanged = List.of("Sales liaison", "Brand owner").stream()
                .filter(r -> !letters(data, roles.get(r), second).equals("C")).count();
        String expected = "Social media team: 1 rol añadido"
                + (cellsChanged == 2 ? ", 2 celdas cambiadas" : cellsChanged == 1 ? ", 1 celda cambiada" : "");

        browser.openPage("nora", 1504);
        browser.waitFor(By.cssSelector(".sp-digest-preview-toggle")).click();

        WebElement preview = browser.waitFor(By.cssSelector(".sp-digest-preview"));
        browser.until(d -> !preview.findElements(By.cssSelector(".sp-digest-changes li")).isEmpty());
        List<WebElement> lines = preview.findElements(By.cssSelector(".sp-digest-changes li"));
        browser.screenshot("news-4-reader-net-changes-es");
        assertEquals("one line for the matrix, not one per click", 1, lines.size());
        String line = lines.get(0).getText();
        assertTrue(line, line.startsWith("Matriz de roles " + expected + " ("));
        assertTrue(line, line.contains("Sofía Ramos"));
        assertFalse("a person added and removed again, and the demo's seeding, are no change: " + line,
                line.contains("persona"));
    }

    private static String letters(Model.MatrixData data, int roleId, int activityId) {
        return data.cells().stream().filter(c -> c.roleId() == roleId && c.activityId() == activityId)
                .map(c -> c.letters().code()).findFirst().orElse("");
    }
}

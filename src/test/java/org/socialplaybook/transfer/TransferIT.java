package org.socialplaybook.transfer;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.socialplaybook.sandbox.pages.PageStore.StoredPage;
import org.socialplaybook.testing.Browser;
import org.socialplaybook.testing.SandboxRule;

/** A space admin imports the demo space's playbook data into another space from the overview, in a real browser. */
public class TransferIT {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    @Rule
    public final Browser browser = new Browser(SANDBOX);

    @Test
    public void theAdminPreviewsTheFileSeesWhatWillBeCreatedImportsItAndTheTargetsMatrixShowsUp() throws Exception {
        String document = SANDBOX.get("sofia", "/spaces/SOCIAL/playbook-data").body();
        Path file = Files.createTempFile("playbook-SOCIAL", ".json");
        file.toFile().deleteOnExit();
        Files.writeString(file, document, StandardCharsets.UTF_8);
        long home = 0;
        long roles = 0;
        for (StoredPage p : SANDBOX.sandbox().pages().inSpace("SOCIAL")) {
            StoredPage copy = SANDBOX.sandbox().pages().create("MOVED", p.title(), null, p.storage(), "sofia", Instant.now());
            if (p.id() == 1001) {
                home = copy.id();
            } else if (p.id() == 1101) {
                roles = copy.id();
            }
        }

        browser.openPage("sofia", home);
        browser.waitFor(By.cssSelector(".sp-transfer-file")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector(".sp-transfer-check")).click();
        String preview = browser.waitFor(By.cssSelector(".sp-transfer-creates")).getText();
        browser.screenshot("transfer-preview");
        browser.waitFor(By.cssSelector(".sp-transfer-import")).click();
        browser.waitFor(By.cssSelector(".sp-transfer-done"));
        browser.assertNoScriptErrors();

        assertTrue(preview, preview.contains("Role matrices: 1 items") && preview.contains("Social media team"));
        assertTrue(preview, preview.contains("Guidelines: 6 items"));
        browser.openPage("liam", home);
        assertTrue("a member sees no export or import", browser.driver().findElements(By.cssSelector(".sp-transfer")).isEmpty());
        browser.openPage("sofia", roles);
        browser.until(d -> d.getPageSource().contains("Marco Rossi offers to be Accountable"));
    }
}

package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.socialplaybook.platform.PlaybookException;

public class GuidelineParametersTest {
    private static final GuidelineParameters.Directory DIRECTORY = new GuidelineParameters.Directory() {
        @Override
        public Optional<String> userKey(String userKeyOrName) {
            return switch (userKeyOrName) {
                case "liam", "key-liam" -> Optional.of("key-liam");
                case "nora" -> Optional.of("key-nora");
                default -> Optional.empty();
            };
        }

        @Override
        public boolean groupExists(String group) {
            return Set.of("social-team", "managers").contains(group);
        }
    };

    private static Map<String, String> minimal() {
        Map<String, String> p = new HashMap<>();
        p.put("key", " Tone-Of-Voice ");
        p.put("title", "Our tone of voice");
        return p;
    }

    @Test
    public void onlyKeyAndTitleAreNeededAndTheRestHasDefaults() {
        GuidelineSettings s = GuidelineParameters.parse(minimal(), DIRECTORY);

        assertEquals("tone-of-voice", s.key());
        assertEquals(GuidelineCategory.GENERAL, s.category());
        assertEquals(GuidelineLevel.SHOULD, s.level());
        assertEquals(ReackPolicy.EVERY_CHANGE, s.policy());
        assertTrue(s.ackRequired());
        assertNull(s.dueDays());
        assertTrue(s.audience().isOpen());
        assertFalse(s.readingGuard());
        assertEquals("", s.versionLabel());
    }

    @Test
    public void everyParameterIsRead() {
        Map<String, String> p = minimal();
        p.put("category", "privacy");
        p.put("level", "MUST");
        p.put("audience-users", "liam, nora, liam");
        p.put("audience-groups", "social-team,managers");
        p.put("ack-required", "true");
        p.put("due-days", "14");
        p.put("reack", "version-change");
        p.put("version", "2.0");
        p.put("owners", "key-liam");
        p.put("escalation-users", "nora");
        p.put("escalation-matrix", "Social team roles");
        p.put("escalation-role", "Crisis lead");
        p.put("reading-guard", "true");

        GuidelineSettings s = GuidelineParameters.parse(p, DIRECTORY);

        assertEquals(GuidelineCategory.PRIVACY, s.category());
        assertEquals(GuidelineLevel.MUST, s.level());
        assertEquals(new Audience(Set.of("key-liam", "key-nora"), Set.of("social-team", "managers")), s.audience());
        assertEquals(Integer.valueOf(14), s.dueDays());
        assertEquals(ReackPolicy.VERSION_CHANGE, s.policy());
        assertEquals("2.0", s.versionLabel());
        assertEquals(Set.of("key-liam"), s.owners());
        assertEquals(List.of("key-nora"), s.escalationUsers());
        assertTrue(s.hasEscalationRole());
        assertTrue(s.readingGuard());
    }

    @Test
    public void badParametersNameTheFieldAtFault() {
        assertInvalid(Map.of("title", "x"), "key", "social-playbook.guidelines.param.key-missing");
        assertInvalid(Map.of("key", "no spaces allowed", "title", "x"), "key", "social-playbook.guidelines.param.key-invalid");
        assertInvalid(Map.of("key", "-dash-first", "title", "x"), "key", "social-playbook.guidelines.param.key-invalid");
        assertInvalid(Map.of("key", "k"), "title", "social-playbook.guidelines.param.title-missing");
        assertInvalid(with("title", "t".repeat(201)), "title", "social-playbook.guidelines.param.too-long");
        assertInvalid(with("level", "optional"), "level", "social-playbook.guidelines.param.unknown-value");
        assertInvalid(with("due-days", "0"), "due-days", "social-playbook.guidelines.param.due-days-invalid");
        assertInvalid(with("due-days", "soon"), "due-days", "social-playbook.guidelines.param.due-days-invalid");
        assertInvalid(with("ack-required", "yes"), "ack-required", "social-playbook.guidelines.param.unknown-value");
        assertInvalid(with("audience-users", "ghost"), "audience-users", "social-playbook.guidelines.param.unknown-user");
        assertInvalid(with("audience-groups", "nobody-group"), "audience-groups", "social-playbook.guidelines.param.unknown-group");
        assertInvalid(with("escalation-role", "Crisis lead"), "escalation-matrix", "social-playbook.guidelines.param.matrix-and-role");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> p = minimal();
        p.put(name, value);
        return p;
    }

    private static void assertInvalid(Map<String, String> parameters, String field, String key) {
        try {
            GuidelineParameters.parse(parameters, DIRECTORY);
            fail("accepted " + parameters);
        } catch (PlaybookException e) {
            assertEquals(PlaybookException.Kind.INVALID, e.kind());
            assertEquals(field, e.field());
            assertEquals(key, e.key());
        }
    }
}

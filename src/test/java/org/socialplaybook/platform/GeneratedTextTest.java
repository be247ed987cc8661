package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;

/** Generated texts keep keys, typed text and translated arguments apart, survive their JSON column, and render per language. */
public class GeneratedTextTest {
    private static final SandboxI18n I18N = new SandboxI18n("i18n/social-playbook", new RequestContext());
    private static final Text ENGLISH = new Text(I18N, Locale.ENGLISH);
    private static final Text SPANISH = new Text(I18N, Locale.forLanguageTag("es"));

    private static GeneratedText request() {
        return new GeneratedText(List.of()).thenLiteral("Line one\n{0} is not a placeholder").thenLiteral("")
                .then("social-playbook.team.request.followup-footer", "Victor Okafor", "Social team",
                        GeneratedText.message("social-playbook.team.urgency.high"));
    }

    @Test
    public void eachLanguageReadsTheKeysInItsOwnWordsAndTypedTextAsTyped() {
        GeneratedText text = request();

        assertEquals("Line one\n{0} is not a placeholder\n\nSent by Victor Okafor through the team card of Social team. Urgency: Urgent.",
                text.render(ENGLISH));
        assertEquals("Line one\n{0} is not a placeholder\n\nEnviada por Victor Okafor a través de la tarjeta del equipo Social team. Urgencia: Urgente.",
                text.render(SPANISH));
    }

    @Test
    public void theJsonColumnGivesBackTheSameText() {
        GeneratedText text = request().then("social-playbook.training.followup.comment", "\"quoted\" <b>bold</b> ünïcode");

        GeneratedText back = GeneratedText.fromJson(text.toJson()).orElseThrow();

        assertEquals(text, back);
        assertTrue(back.render(ENGLISH).endsWith("Their comment: \"quoted\" <b>bold</b> ünïcode"));
    }

    @Test
    public void aValueThisVersionCannotReadIsNoTextSoTheStoredWordsAreShown() {
        assertFalse(GeneratedText.fromJson(null).isPresent());
        assertFalse(GeneratedText.fromJson("").isPresent());
        assertFalse(GeneratedText.fromJson("{\"k\":\"x\"}").isPresent());
        assertFalse(GeneratedText.fromJson("[{\"z\":1}]").isPresent());
        assertFalse(GeneratedText.fromJson("[not json").isPresent());
    }

    @Test
    public void replacingANameChangesTypedPartsAndArgumentsButNeverKeys() {
        GeneratedText text = GeneratedText.of("social-playbook.training.followup.title-help", "Nora Giménez", "Nora's course")
                .thenLiteral("Ask Nora");

        GeneratedText redacted = text.mapLiterals(s -> s.replace("Nora", "[removed]"));

        assertEquals("Training follow-up: [removed] Giménez asked for help after \"[removed]'s course\"\nAsk [removed]",
                redacted.render(ENGLISH));
        assertEquals("social-playbook.training.followup.title-help", redacted.lines().get(0).key());
    }
}

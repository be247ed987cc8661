package org.socialplaybook.news;

import java.util.Locale;
import org.junit.Test;
import org.socialplaybook.platform.I18nBundles;
import org.socialplaybook.roles.ChangeSummary;

/** Keys the digest builds at run time (the i18n scan only finds literal keys): every one exists in both languages. */
public class NewsKeysTest {
    @Test
    public void everyChangeKindAreaAndOpenItemKindHasItsText() {
        for (ChangeSummary.Part part : ChangeSummary.Part.values()) {
            I18nBundles.assertHasKey("social-playbook.roles.summary." + part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (String area : new String[] {"role-matrix", "guideline"}) {
            I18nBundles.assertHasKey("social-playbook.news.digest.area." + area);
        }
        for (String kind : new String[] {"guideline", "follow-up", "training"}) {
            I18nBundles.assertHasKey("social-playbook.news.digest.item." + kind);
        }
    }
}

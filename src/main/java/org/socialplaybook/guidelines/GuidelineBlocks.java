package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.guidelines.GuidelineViews.EscalationView;
import org.socialplaybook.guidelines.GuidelineViews.ProgressView;
import org.socialplaybook.guidelines.GuidelineViews.ReaderStatusView;
import org.socialplaybook.platform.PlaybookException;

/**
 * Everything one guideline block shows, for the macro's template: the guideline as recorded (its identity and
 * versions kept in step with the page), the body with its do/don't examples, whom to ask, the reader's status,
 * and for owners and space admins the acknowledgement bar. On a page render, the blocks read what the render's
 * {@link GuidelinePrefetch} loaded (a constant number of queries for all of them), and a block writes only when its
 * guideline changed. Without a prefetch, or for a guideline it does not know (first seen on this render, or
 * recorded on another page), a block costs one query when the text is unchanged, one more for a reader's status
 * (plus one when their version changed), one more for owners' bar.
 */
@Named
public class GuidelineBlocks {
    private final GuidelineRecorder recorder;
    private final GuidelineService service;
    private final GuidelineReports reports;
    private final GuidelineTexts texts;
    private final GuidelinePeople people;

    @Inject
    public GuidelineBlocks(GuidelineRecorder recorder, GuidelineService service, GuidelineReports reports,
                           GuidelineTexts texts, GuidelinePeople people) {
        this.recorder = recorder;
        this.service = service;
        this.reports = reports;
        this.texts = texts;
        this.people = people;
    }

    /**
     * Where the block is rendered: a saved page in a space, for display; or an editor preview (page id 0, or output
     * type "preview"); or an export (PDF, Word, e-mail), which shows the guideline without status.
     */
    public record Where(String spaceKey, long pageId, int pageVersion, String outputType) {
        boolean display() {
            return pageId != 0 && (outputType == null || "display".equals(outputType));
        }

        boolean preview() {
            return pageId == 0 || "preview".equals(outputType);
        }
    }

    /** The template's model. Boolean flags stand in for absent parts (the template engine is strict about nulls). */
    public record Block(String key, String anchor, String title, String level, String levelText, String levelLozenge,
                        String categoryText, String versionText, List<GuidelineBody.Segment> segments,
                        boolean hasEscalation, EscalationView escalation, boolean preview, String keyWarning,
                        boolean showStatus, ReaderStatusView reader, int readingSeconds, boolean canReport,
                        ProgressView progress, String stateJson) {
        public boolean hasKeyWarning() {
            return !keyWarning.isEmpty();
        }
    }

    public Block block(Map<String, String> parameters, String bodyHtml, Where where) {
        return block(parameters, bodyHtml, where, null);
    }

    /** The block, reading what this page render's {@code prefetch} holds (may be null). */
    public Block block(Map<String, String> parameters, String bodyHtml, Where where, GuidelinePrefetch prefetch) {
        GuidelineSettings settings = GuidelineParameters.parse(parameters, people);
        GuidelineBody body = GuidelineBody.of(bodyHtml);
        if (body.isBlank()) {
            throw PlaybookException.invalid("social-playbook.guidelines.body-empty", settings.title());
        }
        EscalationView escalation = texts.escalation(settings, where.spaceKey());
        String anchor = GuidelineTexts.anchor(settings.key());
        String levelText = texts.text(settings.level().i18nKey());
        String categoryText = texts.text(settings.category().i18nKey());
        String levelLozenge = GuidelineTexts.levelLozenge(settings.level());
        int readingSeconds = settings.readingGuard() ? ReadingTime.seconds(body.wordCount()) : 0;
        if (!where.display()) {
            return new Block(settings.key(), anchor, settings.title(), settings.level().param(), levelText, levelLozenge,
                    categoryText, where.preview() ? texts.text("social-playbook.guidelines.preview.version") : "",
                    body.segments(), escalation != null, escalation, where.preview(), "", false, null, 0, false, null, "{}");
        }
        GuidelineRecorder.Observation observation = recorder.observe(where.spaceKey(), where.pageId(),
                where.pageVersion(), settings, body, prefetch == null ? null : prefetch.guideline(settings.key()));
        Guideline guideline = observation.guideline();
        if (observation.elsewhere() || observation.duplicateOnPage()) {
            String warning = observation.elsewhere()
                    ? texts.text("social-playbook.guidelines.elsewhere", settings.key(), observation.otherPageTitle())
                    : texts.text("social-playbook.guidelines.duplicate", settings.key());
            return new Block(settings.key(), anchor, settings.title(), settings.level().param(), levelText, levelLozenge,
                    categoryText, "", body.segments(), escalation != null, escalation, false, warning, false, null, 0,
                    false, null, "{}");
        }
        if (prefetch != null) {
            prefetch.recorded(guideline);
        }
        ReaderStatusView reader = texts.reader(service.situation(guideline, prefetch));
        boolean canReport = guideline.ackRequired() && reports.canSeeReport(guideline);
        ProgressView progress = canReport ? texts.progress(reports.progress(guideline, prefetch)) : null;
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("spaceKey", guideline.spaceKey());
        state.put("key", guideline.key());
        state.put("versionId", guideline.currentVersionId());
        state.put("readingSeconds", reader.canAcknowledge() ? readingSeconds : 0);
        state.put("canReport", canReport);
        return new Block(settings.key(), anchor, settings.title(), settings.level().param(), levelText, levelLozenge,
                categoryText, texts.versionText(guideline.currentRevision(), guideline.currentLabel()),
                body.segments(), escalation != null, escalation, false, "", guideline.ackRequired(), reader,
                reader.canAcknowledge() ? readingSeconds : 0, canReport, progress,
                org.socialplaybook.platform.Views.json(state));
    }
}

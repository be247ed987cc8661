package org.socialplaybook.sandbox.confluence;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.IntrospectionCacheData;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TemplateRenderer with Velocity 1.7 (the closest Maven Central release to Confluence's 1.6.4-atlassian)
 * and Confluence's HTML auto-escaping: every reference written into the page is HTML-escaped unless its name
 * ends in {@code Html} (e.g. {@code $bodyHtml}, {@code $row.cellHtml()}). Strict references: a template that
 * uses a name nobody put in the context fails loudly instead of printing {@code $name}.
 *
 * <p>Method calls are checked like Confluence 9+ checks them ({@link VelocityAllowlist}, read from the packaged
 * descriptor's {@code <velocity-allowlist>}): a call that is not allowed renders nothing, is logged as
 * "Method needs allowlisting: class#method(...)" and is kept in {@link #blockedCalls()}, which the tests'
 * sandbox fails on.
 */
public final class VelocityTemplates implements TemplateRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(VelocityTemplates.class);

    private final VelocityEngine engine = new VelocityEngine();
    private final VelocityAllowlist allowlist;
    private final List<String> blocked = new CopyOnWriteArrayList<>();
    /**
     * Velocity's introspection cache per template (method and property look-ups, allowlist checks included), kept
     * across renders as Confluence's Velocity keeps its own: a fresh context per render would look every call up
     * again. Per template, because what a template may call depends on whose template it is.
     */
    private final Map<String, Map<Object, IntrospectionCacheData>> introspection = new ConcurrentHashMap<>();
    /** {@link #isHtmlSafeName} of the references the templates write (each template's, so a bounded set). */
    private final Map<String, Boolean> htmlSafeNames = new ConcurrentHashMap<>();

    /** With the allowlist of the packaged plugin descriptor. */
    public VelocityTemplates() {
        this(new VelocityAllowlist(PluginDescriptor.load().velocityAllowlist()));
    }

    public VelocityTemplates(VelocityAllowlist allowlist) {
        this.allowlist = allowlist;
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ENFORCEMENT, new AllowlistUberspect.Enforcement() {
            @Override
            public boolean allows(Object target, Method method, String templateName) {
                return VelocityTemplates.this.allowlist.allows(target, method, templateName);
            }

            @Override
            public void blocked(String call, Info where) {
                String entry = call + " in " + where.getTemplateName() + " line " + where.getLine();
                LOG.warn("Method needs allowlisting: {}", entry);
                blocked.add(entry);
            }
        });
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("class.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.init();
    }

    /** Every call blocked so far: {@code class#method(params) in template line n}. */
    public List<String> blockedCalls() {
        return List.copyOf(blocked);
    }

    public void clearBlockedCalls() {
        blocked.clear();
    }

    public VelocityAllowlist allowlist() {
        return allowlist;
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, new HashMap<>(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (Exception e) {
            throw new RenderingException("Cannot load template " + templateName, e);
        }
        try {
            template.merge(escaping(context, introspection.computeIfAbsent(templateName, n -> new ConcurrentHashMap<>())),
                    writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render template " + templateName + ": " + e.getMessage(), e);
        }
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(escaping(context, new HashMap<>()), out, "fragment", fragment);
        } catch (RuntimeException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext escaping(Map<String, Object> model, Map<Object, IntrospectionCacheData> cache) {
        VelocityContext context = new KeptIntrospection(new HashMap<>(model), cache);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) this::insert);
        cartridge.attachToContext(context);
        return context;
    }

    /** A render's context whose introspection cache is its template's, kept across renders. */
    private static final class KeptIntrospection extends VelocityContext {
        private final Map<Object, IntrospectionCacheData> cache;

        KeptIntrospection(Map<String, Object> model, Map<Object, IntrospectionCacheData> cache) {
            super(model);
            this.cache = cache;
        }

        @Override
        public IntrospectionCacheData icacheGet(Object key) {
            return cache.get(key);
        }

        @Override
        public void icachePut(Object key, IntrospectionCacheData data) {
            cache.put(key, data);
        }
    }

    private Object insert(String reference, Object value) {
        if (value instanceof AllowlistUberspect.Blocked) {
            return "";
        }
        if (value == null) {
            return null;
        }
        Boolean safe = htmlSafeNames.get(reference);
        if (safe == null) {
            safe = isHtmlSafeName(reference);
            if (htmlSafeNames.size() < 10_000) {
                htmlSafeNames.put(reference, safe);
            }
        }
        return safe ? value : escapeHtml(value.toString());
    }

    /**
     * {@code $fooHtml}, {@code $!{fooHtml}}, {@code $a.b("x").cHtml()}: the last name ends in "Html". Called for every
     * reference a page writes, so it scans the characters once (no regular expressions): the leading {@code $}, {@code !}
     * and <code>{</code> and a trailing <code>}</code> are skipped, every balanced {@code (...)} group is dropped (as
     * repeatedly deleting innermost groups would), and the last dotted name of what remains is tested.
     */
    static boolean isHtmlSafeName(String reference) {
        int start = 0;
        int end = reference.length();
        if (start < end && reference.charAt(start) == '$') {
            start++;
            if (start < end && reference.charAt(start) == '!') {
                start++;
            }
            if (start < end && reference.charAt(start) == '{') {
                start++;
            }
        }
        if (end > start && reference.charAt(end - 1) == '}') {
            end--;
        }
        StringBuilder kept = new StringBuilder(end - start);
        int[] opened = new int[end - start];
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = reference.charAt(i);
            if (c == '(') {
                opened[depth++] = kept.length();
                kept.append(c);
            } else if (c == ')' && depth > 0) {
                kept.setLength(opened[--depth]);
            } else {
                kept.append(c);
            }
        }
        int dot = kept.lastIndexOf(".");
        return kept.substring(dot + 1).endsWith("Html");
    }

    public static String escapeHtml(String text) {
        int first = 0;
        while (first < text.length() && !needsEscaping(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(char c) {
        return c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
    }
}

package org.socialplaybook.sandbox.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Confluence's "Create space" from a {@code <space-blueprint>} of the plugin's descriptor, for the sandbox: the space
 * (key, name, the demo space's permission scheme, the creator its admin), then the blueprint's page tree, read from
 * the same descriptor and storage-format templates Confluence uses. The root {@code <content-template ref>} becomes
 * the space's home page, titled with the space's name; each nested one a child page titled with its template's name
 * in the creator's language.
 *
 * <p>The templates' words are {@code <at:i18n at:key="…"/>} elements, which Confluence's content-template handler
 * ({@code TemplateI18nHandler}) replaces by the key's text when a page is created from the template, before the
 * template is parsed as storage format (so also inside an {@code ac:parameter}). Its Javadoc says it uses "the current
 * site language"; the sandbox has no site language setting and uses the creator's language, the same one the page
 * titles use (on a single-language site the two agree). Each element becomes the key's text, XML-escaped; a key
 * neither bundle has is refused ({@link IllegalStateException}) and no {@code at:} element is left in a page.
 */
public final class SpaceBlueprints {
    /** Confluence's space keys: letters and digits, upper case here, at most 255 characters. */
    private static final Pattern KEY = Pattern.compile("[A-Z0-9]{1,255}");
    /** A template's translated text: {@code <at:i18n at:key="…"/>} (or with an empty closing tag). */
    static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key\\s*=\\s*\"([^\"]*)\"\\s*(?:/>|>\\s*</at:i18n>)");
    private static final Pattern TEMPLATE_MARKUP = Pattern.compile("</?at:");

    public record CreatedSpace(String key, String name, List<PageStore.StoredPage> pages) {
        public PageStore.StoredPage home() {
            return pages.get(0);
        }
    }

    /** Bad input: an i18n key and its arguments, nothing created. */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final String argument;

        Refused(String key, String argument) {
            super(key);
            this.key = key;
            this.argument = argument;
        }

        public String key() {
            return key;
        }

        public String argument() {
            return argument;
        }
    }

    private record Template(String nameKey, String location) {
    }

    private final PluginDescriptor descriptor;
    private final Directory directory;
    private final PageStore store;
    private final SandboxI18n i18n;

    public SpaceBlueprints(PluginDescriptor descriptor, Directory directory, PageStore store, SandboxI18n i18n) {
        this.descriptor = descriptor;
        this.directory = directory;
        this.store = store;
        this.i18n = i18n;
    }

    /** Creates the space and its pages from the blueprint {@code blueprintKey}; refuses a bad or taken key or no name. */
    public CreatedSpace create(String blueprintKey, String key, String name, Directory.User creator) {
        String spaceKey = key == null ? "" : key.trim();
        String spaceName = name == null ? "" : name.trim();
        if (!KEY.matcher(spaceKey).matches()) {
            throw new Refused("social-playbook.blueprint.error.key", spaceKey);
        }
        if (spaceName.isEmpty() || spaceName.length() > 200) {
            throw new Refused("social-playbook.blueprint.error.name", spaceName);
        }
        if (directory.spaceExists(spaceKey) || !store.inSpace(spaceKey).isEmpty()) {
            throw new Refused("social-playbook.blueprint.error.taken", spaceKey);
        }
        Element blueprint = blueprint(blueprintKey);
        Map<String, Template> templates = templates();
        Element root = child(blueprint, "content-template");
        // every template translated before anything is created: an unknown key creates no space and no page
        Map<String, String> storage = new HashMap<>();
        List<String> locations = new ArrayList<>();
        collect(root, templates, locations);
        for (String location : locations) {
            storage.put(location, translate(read(location), creator.locale(), location));
        }
        try {
            directory.addSpace(spaceKey, spaceName, "", creator);
        } catch (IllegalArgumentException takenMeanwhile) {
            throw new Refused("social-playbook.blueprint.error.taken", spaceKey);
        }
        List<PageStore.StoredPage> pages = new ArrayList<>();
        createTree(root, null, spaceKey, spaceName, templates, storage, creator, pages);
        return new CreatedSpace(spaceKey, spaceName, pages);
    }

    private void createTree(Element ref, Long parentId, String spaceKey, String spaceName,
                            Map<String, Template> templates, Map<String, String> storage, Directory.User creator,
                            List<PageStore.StoredPage> pages) {
        Template template = templates.get(ref.getAttribute("ref"));
        if (template == null) {
            throw new IllegalStateException("No content-template " + ref.getAttribute("ref"));
        }
        Locale locale = creator.locale();
        String title = parentId == null ? spaceName : i18n.getText(locale, template.nameKey());
        PageStore.StoredPage page = store.create(spaceKey, title, parentId, storage.get(template.location()),
                creator.username(), Instant.now());
        pages.add(page);
        for (Node n = ref.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && "content-template".equals(child.getTagName())) {
                createTree(child, page.id(), spaceKey, spaceName, templates, storage, creator, pages);
            }
        }
    }

    /**
     * What Confluence's template handler does to a template before it is stored: every {@code at:i18n} element, also
     * inside a macro parameter, becomes its key's text in {@code locale} (English when the locale's bundle lacks it),
     * XML-escaped. A key neither bundle has, or any other {@code at:} element left over, is refused.
     */
    public String translate(String template, Locale locale, String location) {
        Matcher m = I18N.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String key = m.group(1);
            if (i18n.raw(locale, key) == null) {
                throw new IllegalStateException("Template " + location + " uses the unknown i18n key " + key);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(VelocityTemplates.escapeHtml(i18n.getText(locale, key))));
        }
        m.appendTail(out);
        String storage = out.toString();
        if (TEMPLATE_MARKUP.matcher(storage).find()) {
            throw new IllegalStateException("Template " + location + " has template markup the sandbox cannot translate");
        }
        return storage;
    }

    /** The storage-format files of the blueprint's templates (for the tests). */
    public List<String> templateLocations(String blueprintKey) {
        Map<String, Template> templates = templates();
        List<String> locations = new ArrayList<>();
        collect(child(blueprint(blueprintKey), "content-template"), templates, locations);
        return locations;
    }

    private static void collect(Element ref, Map<String, Template> templates, List<String> into) {
        Template template = templates.get(ref.getAttribute("ref"));
        if (template != null) {
            into.add(template.location());
        }
        for (Node n = ref.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && "content-template".equals(child.getTagName())) {
                collect(child, templates, into);
            }
        }
    }

    private Element blueprint(String blueprintKey) {
        for (Element e : topLevel("space-blueprint")) {
            if (e.getAttribute("key").equals(blueprintKey)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No space-blueprint " + blueprintKey);
    }

    private Map<String, Template> templates() {
        Map<String, Template> templates = new HashMap<>();
        for (Element e : topLevel("content-template")) {
            Element resource = child(e, "resource");
            templates.put(e.getAttribute("key"), new Template(e.getAttribute("i18n-name-key"),
                    resource == null ? null : resource.getAttribute("location")));
        }
        return templates;
    }

    private List<Element> topLevel(String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = descriptor.document().getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }

    static String read(String location) {
        try (InputStream in = SpaceBlueprints.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

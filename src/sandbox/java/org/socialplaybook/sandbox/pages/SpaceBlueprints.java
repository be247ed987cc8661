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
import java.util.regex.Pattern;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Confluence's "Create space" from a {@code <space-blueprint>} of the plugin's descriptor, for the sandbox: the space
 * (key, name, the demo space's permission scheme, the creator its admin), then the blueprint's page tree, read from
 * the same descriptor and storage-format templates Confluence uses. The root {@code <content-template ref>} becomes
 * the space's home page, titled with the space's name; each nested one a child page titled with its template's name
 * in the creator's language.
 */
public final class SpaceBlueprints {
    /** Confluence's space keys: letters and digits, upper case here, at most 255 characters. */
    private static final Pattern KEY = Pattern.compile("[A-Z0-9]{1,255}");

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
        directory.addSpace(spaceKey, spaceName, "", creator.username());
        List<PageStore.StoredPage> pages = new ArrayList<>();
        createTree(root, null, spaceKey, spaceName, templates, creator, pages);
        return new CreatedSpace(spaceKey, spaceName, pages);
    }

    private void createTree(Element ref, Long parentId, String spaceKey, String spaceName,
                            Map<String, Template> templates, Directory.User creator, List<PageStore.StoredPage> pages) {
        Template template = templates.get(ref.getAttribute("ref"));
        if (template == null) {
            throw new IllegalStateException("No content-template " + ref.getAttribute("ref"));
        }
        Locale locale = creator.locale();
        String title = parentId == null ? spaceName : i18n.getText(locale, template.nameKey());
        PageStore.StoredPage page = store.create(spaceKey, title, parentId, read(template.location()),
                creator.username(), Instant.now());
        pages.add(page);
        for (Node n = ref.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && "content-template".equals(child.getTagName())) {
                createTree(child, page.id(), spaceKey, spaceName, templates, creator, pages);
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

    private static String read(String location) {
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

package org.socialplaybook.guidelines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guideline's rich-text body as Confluence hands it to the macro (view HTML), read three ways:
 * <ul>
 * <li>its <b>canonical text</b>: one line per paragraph, list item or heading, one line per table row with the cells
 * joined by {@code " | "}, whitespace collapsed, markup dropped. Whitespace and markup-only edits (bold, links, a
 * paragraph turned into a list item) leave it unchanged; moving an example from the Do to the Don't column does not;</li>
 * <li>its <b>fingerprint</b>: SHA-256 of the canonical text;</li>
 * <li>its <b>segments</b> for display: the body as it is, except that a two-column table headed <i>Do</i> /
 * <i>Don't</i> (the do/don't convention) becomes a {@link DoDont} segment that the template lays out side by side.</li>
 * </ul>
 * The parser is small and tolerant (Confluence's renderer produces well-formed XHTML); it never re-serializes the
 * page's markup, it only cuts it at element boundaries.
 */
public final class GuidelineBody {
    private static final Pattern TOKEN = Pattern.compile(
            "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
            Pattern.DOTALL);
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "input", "meta", "link", "area", "wbr",
            "source", "track", "embed", "param", "base");
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    private static final Set<String> BLOCK = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "section", "article", "header",
            "footer", "aside", "figure", "figcaption", "hr", "caption");
    private static final Set<String> DO_HEADINGS = Set.of("do", "dos", "do's", "haz", "hacer", "sí", "si", "✓", "✔");
    private static final Set<String> DONT_HEADINGS = Set.of("don't", "dont", "don'ts", "donts", "do not",
            "no hagas", "no hacer", "no", "✗", "✘");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("laquo", "\u00ab"),
            Map.entry("raquo", "\u00bb"), Map.entry("iexcl", "\u00a1"), Map.entry("iquest", "\u00bf"),
            Map.entry("aacute", "\u00e1"), Map.entry("eacute", "\u00e9"), Map.entry("iacute", "\u00ed"),
            Map.entry("oacute", "\u00f3"), Map.entry("uacute", "\u00fa"), Map.entry("ntilde", "\u00f1"),
            Map.entry("uuml", "\u00fc"), Map.entry("Aacute", "\u00c1"), Map.entry("Eacute", "\u00c9"),
            Map.entry("Iacute", "\u00cd"), Map.entry("Oacute", "\u00d3"), Map.entry("Uacute", "\u00da"),
            Map.entry("Ntilde", "\u00d1"), Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"),
            Map.entry("trade", "\u2122"), Map.entry("euro", "\u20ac"), Map.entry("middot", "\u00b7"),
            Map.entry("bull", "\u2022"), Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("shy", ""));
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    /** A piece of the body for display: page HTML as it is, or a do/don't table turned into two lists. */
    public sealed interface Segment permits Markup, DoDont {
        /** For templates: true for a {@link DoDont} segment. */
        boolean doDont();
    }

    /** Page HTML, passed through unchanged (it is Confluence's own rendering of the page). */
    public record Markup(String contentHtml) implements Segment {
        @Override
        public boolean doDont() {
            return false;
        }
    }

    /** The examples of a Do / Don't table: each item is the inner HTML of one non-empty cell, in row order. */
    public record DoDont(List<String> doItemsHtml, List<String> dontItemsHtml) implements Segment {
        public DoDont {
            doItemsHtml = List.copyOf(doItemsHtml);
            dontItemsHtml = List.copyOf(dontItemsHtml);
        }

        @Override
        public boolean doDont() {
            return true;
        }
    }

    private final String html;
    private final Element root;
    private final String canonicalText;

    private GuidelineBody(String html) {
        this.html = html == null ? "" : html;
        this.root = parse(this.html);
        this.canonicalText = canonical(root);
    }

    public static GuidelineBody of(String html) {
        return new GuidelineBody(html);
    }

    public String html() {
        return html;
    }

    public String canonicalText() {
        return canonicalText;
    }

    /** SHA-256 (hex) of the canonical text: equal for bodies that differ only in whitespace or markup. */
    public String fingerprint() {
        return sha256(canonicalText);
    }

    public int wordCount() {
        return words(canonicalText).size();
    }

    public boolean isBlank() {
        return canonicalText.isEmpty();
    }

    /** The words of a canonical text, without the cell separators. */
    public static List<String> words(String canonical) {
        List<String> words = new ArrayList<>();
        for (String token : canonical.split("\\s+")) {
            if (!token.isEmpty() && !token.equals("|") && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(token);
            }
        }
        return words;
    }

    /** The body cut into segments; without a do/don't table, one {@link Markup} segment with the whole body. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (Element table : root.descendants("table")) {
            DoDont examples = doDont(table);
            if (examples == null || table.start < cursor) {
                continue;
            }
            if (table.start > cursor) {
                segments.add(new Markup(html.substring(cursor, table.start)));
            }
            segments.add(examples);
            cursor = table.end;
        }
        if (cursor < html.length() || segments.isEmpty()) {
            segments.add(new Markup(html.substring(cursor)));
        }
        return segments;
    }

    /** The Do / Don't examples of a table whose first row is two cells headed Do and Don't (either order), or null. */
    private DoDont doDont(Element table) {
        List<Element> rows = rows(table);
        if (rows.size() < 2) {
            return null;
        }
        List<Element> header = rows.get(0).children("th", "td");
        if (header.size() != 2) {
            return null;
        }
        String first = heading(header.get(0));
        String second = heading(header.get(1));
        int doColumn;
        if (DO_HEADINGS.contains(first) && DONT_HEADINGS.contains(second)) {
            doColumn = 0;
        } else if (DONT_HEADINGS.contains(first) && DO_HEADINGS.contains(second)) {
            doColumn = 1;
        } else {
            return null;
        }
        List<String> dos = new ArrayList<>();
        List<String> donts = new ArrayList<>();
        for (Element row : rows.subList(1, rows.size())) {
            List<Element> cells = row.children("th", "td");
            for (int column = 0; column < Math.min(2, cells.size()); column++) {
                Element cell = cells.get(column);
                if (canonicalInline(cell).isEmpty()) {
                    continue;
                }
                String inner = html.substring(cell.contentStart, cell.contentEnd).trim();
                (column == doColumn ? dos : donts).add(inner);
            }
        }
        return dos.isEmpty() && donts.isEmpty() ? null : new DoDont(dos, donts);
    }

    private static String heading(Element cell) {
        String text = canonicalInline(cell).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return text.replaceAll("[\\s:.!]+$", "").replaceAll("^[\\s]+", "");
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Node child : table.children) {
            if (child instanceof Element e) {
                if (e.name.equals("tr")) {
                    rows.add(e);
                } else if (e.name.equals("thead") || e.name.equals("tbody") || e.name.equals("tfoot")) {
                    rows.addAll(e.children("tr"));
                }
            }
        }
        return rows;
    }

    // --- canonical text ---

    private static String canonical(Element root) {
        Lines lines = new Lines();
        walk(root, lines);
        lines.breakLine();
        return String.join("\n", lines.lines);
    }

    private static final class Lines {
        final List<String> lines = new ArrayList<>();
        final StringBuilder current = new StringBuilder();

        void text(String text) {
            current.append(text);
        }

        void breakLine() {
            String line = collapse(current.toString());
            if (!line.isEmpty()) {
                lines.add(line);
            }
            current.setLength(0);
        }

        void line(String line) {
            breakLine();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
    }

    private static void walk(Element element, Lines lines) {
        for (Node node : element.children) {
            if (node instanceof Text text) {
                lines.text(text.text);
            } else if (node instanceof Element e) {
                if (e.name.equals("br")) {
                    lines.text(" ");
                } else if (e.name.equals("tr")) {
                    List<String> cells = new ArrayList<>();
                    boolean any = false;
                    for (Element cell : e.children("th", "td")) {
                        String text = canonicalInline(cell);
                        any |= !text.isEmpty();
                        cells.add(text);
                    }
                    lines.line(any ? String.join(" | ", cells).trim() : "");
                } else if (BLOCK.contains(e.name) || e.name.equals("td") || e.name.equals("th")) {
                    lines.breakLine();
                    walk(e, lines);
                    lines.breakLine();
                } else {
                    walk(e, lines);
                }
            }
        }
    }

    /** All text of an element on one line (its inner blocks joined by spaces). */
    private static String canonicalInline(Element element) {
        StringBuilder out = new StringBuilder();
        inline(element, out);
        return collapse(out.toString());
    }

    private static void inline(Element element, StringBuilder out) {
        for (Node node : element.children) {
            if (node instanceof Text text) {
                out.append(text.text);
            } else if (node instanceof Element e) {
                boolean spaced = !e.isInline();
                if (spaced) {
                    out.append(' ');
                }
                inline(e, out);
                if (spaced) {
                    out.append(' ');
                }
            }
        }
    }

    private static String collapse(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ').replace("\u200b", "").replace("\u200c", "").replace("\u200d", "")
                .replace("\ufeff", "");
        return normalized.replaceAll("[\\s\\u2028\\u2029]+", " ").trim();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- a tolerant HTML tree with source offsets ---

    private sealed interface Node permits Text, Element {
    }

    private record Text(String text) implements Node {
    }

    private static final class Element implements Node {
        final String name;
        final int start;
        final int contentStart;
        int contentEnd;
        int end;
        final List<Node> children = new ArrayList<>();

        Element(String name, int start, int contentStart) {
            this.name = name;
            this.start = start;
            this.contentStart = contentStart;
        }

        boolean isInline() {
            return !BLOCK.contains(name) && !name.equals("tr") && !name.equals("td") && !name.equals("th")
                    && !name.equals("br");
        }

        List<Element> children(String... names) {
            List<Element> found = new ArrayList<>();
            Set<String> wanted = Set.of(names);
            for (Node n : children) {
                if (n instanceof Element e && wanted.contains(e.name)) {
                    found.add(e);
                }
            }
            return found;
        }

        /** Descendants with this name, in document order, not looking inside a match. */
        List<Element> descendants(String wanted) {
            List<Element> found = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Element e) {
                    if (e.name.equals(wanted)) {
                        found.add(e);
                    } else {
                        found.addAll(e.descendants(wanted));
                    }
                }
            }
            return found;
        }
    }

    private static Element parse(String html) {
        Element root = new Element("#root", 0, 0);
        List<Element> open = new ArrayList<>();
        open.add(root);
        Matcher m = TOKEN.matcher(html);
        int cursor = 0;
        while (cursor < html.length() && m.find(cursor)) {
            if (m.start() > cursor) {
                last(open).children.add(new Text(decode(html.substring(cursor, m.start()))));
            }
            cursor = m.end();
            if (m.group(2) == null) {
                continue; // comment or CDATA: not text a reader sees
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(4).isEmpty() || VOID.contains(name);
            if (closing) {
                for (int i = open.size() - 1; i > 0; i--) {
                    if (open.get(i).name.equals(name)) {
                        while (open.size() > i) {
                            Element closed = open.remove(open.size() - 1);
                            closed.contentEnd = m.start();
                            closed.end = closed.name.equals(name) ? m.end() : m.start();
                        }
                        break;
                    }
                }
                continue;
            }
            Element element = new Element(name, m.start(), m.end());
            last(open).children.add(element);
            if (selfClosing) {
                element.contentEnd = m.end();
                element.end = m.end();
            } else if (RAW_TEXT.contains(name)) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, m.end());
                int closeEnd = close < 0 ? html.length() : html.indexOf('>', close) + 1;
                element.contentEnd = close < 0 ? html.length() : close;
                element.end = closeEnd <= 0 ? html.length() : closeEnd;
                cursor = element.end;
            } else {
                open.add(element);
            }
        }
        if (cursor < html.length()) {
            last(open).children.add(new Text(decode(html.substring(cursor))));
        }
        while (open.size() > 1) {
            Element unclosed = open.remove(open.size() - 1);
            unclosed.contentEnd = html.length();
            unclosed.end = html.length();
        }
        root.contentEnd = html.length();
        root.end = html.length();
        return root;
    }

    private static Element last(List<Element> open) {
        return open.get(open.size() - 1);
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement;
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(entity.substring(2), 16), m.group());
            } else if (entity.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(entity.substring(1)), m.group());
            } else {
                replacement = ENTITIES.getOrDefault(entity, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int codePoint, String original) {
        return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : original;
    }
}

package org.socialplaybook.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A text the plugin writes for people to read later (a follow-up's title or description raised from a check-in or a
 * team request), kept as message keys and arguments so that every reader reads it in their own language, and Jira
 * gets it in the language chosen for Jira. Its lines are joined with a line break; a line is either a message (key
 * and arguments) or literal text someone typed, which is never translated. An argument is literal text (a name, a
 * topic, a number) or the key of a message without arguments (e.g. an urgency's word), translated too.
 *
 * <p>Stored as a small JSON value ({@link #toJson()}) next to the text written at the time, which stays the fallback
 * for rows written before and for a stored value this version cannot read.
 */
public record GeneratedText(List<Line> lines) {
    public GeneratedText {
        lines = List.copyOf(lines);
    }

    /** One line: {@code key} with {@code arguments}, or (key null) the literal {@code text}. */
    public record Line(String key, List<Argument> arguments, String text) {
        public Line {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    /** Literal text, or (key non-null) a message without arguments. */
    public record Argument(String text, String key) {
    }

    public static GeneratedText of(String key, Object... arguments) {
        return new GeneratedText(List.of()).then(key, arguments);
    }

    /** This text and one more line: the message {@code key}; {@link Argument}s stay, anything else becomes its text. */
    public GeneratedText then(String key, Object... arguments) {
        List<Argument> args = new ArrayList<>();
        for (Object a : arguments == null ? new Object[0] : arguments) {
            args.add(a instanceof Argument given ? given : new Argument(a == null ? "" : String.valueOf(a), null));
        }
        return with(new Line(key, args, null));
    }

    /** This text and one more line of literal text (what someone typed; an empty string is an empty line). */
    public GeneratedText thenLiteral(String text) {
        return with(new Line(null, List.of(), text == null ? "" : text));
    }

    /** An argument that is itself translated: the message {@code key}, which takes no arguments. */
    public static Argument message(String key) {
        return new Argument(null, key);
    }

    private GeneratedText with(Line line) {
        List<Line> more = new ArrayList<>(lines);
        more.add(line);
        return new GeneratedText(more);
    }

    /** The text in the language of {@code text} (a {@link Text} without a locale follows the current reader). */
    public String render(Text text) {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            Line line = lines.get(n);
            if (n > 0) {
                out.append('\n');
            }
            if (line.key() == null) {
                out.append(line.text());
                continue;
            }
            Object[] args = new Object[line.arguments().size()];
            for (int i = 0; i < args.length; i++) {
                Argument a = line.arguments().get(i);
                args[i] = a.key() == null ? a.text() : text.message(a.key());
            }
            out.append(text.message(line.key(), args));
        }
        return out.toString();
    }

    /** The same text with every literal part (typed text, names) passed through {@code change}; keys stay. */
    public GeneratedText mapLiterals(UnaryOperator<String> change) {
        List<Line> changed = new ArrayList<>();
        for (Line line : lines) {
            List<Argument> args = new ArrayList<>();
            for (Argument a : line.arguments()) {
                args.add(a.key() == null ? new Argument(change.apply(a.text()), null) : a);
            }
            changed.add(new Line(line.key(), args, line.text() == null ? null : change.apply(line.text())));
        }
        return new GeneratedText(changed);
    }

    /** {@code [{"k":key,"a":[text or {"k":key}…]} or {"t":text}…]}. */
    public String toJson() {
        ArrayNode array = Json.mapper().createArrayNode();
        for (Line line : lines) {
            ObjectNode node = array.addObject();
            if (line.key() == null) {
                node.put("t", line.text());
                continue;
            }
            node.put("k", line.key());
            ArrayNode args = node.putArray("a");
            for (Argument a : line.arguments()) {
                if (a.key() == null) {
                    args.add(a.text());
                } else {
                    args.addObject().put("k", a.key());
                }
            }
        }
        return Json.write(array);
    }

    /** The text stored as {@link #toJson()}; empty for null or for a value this version cannot read. */
    public static Optional<GeneratedText> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode array = Json.mapper().readTree(json);
            if (!array.isArray()) {
                return Optional.empty();
            }
            List<Line> lines = new ArrayList<>();
            for (JsonNode node : array) {
                if (node.hasNonNull("t")) {
                    lines.add(new Line(null, List.of(), node.get("t").asText()));
                } else if (node.hasNonNull("k")) {
                    List<Argument> args = new ArrayList<>();
                    for (JsonNode a : node.path("a")) {
                        args.add(a.isObject() ? new Argument(null, a.path("k").asText()) : new Argument(a.asText(), null));
                    }
                    lines.add(new Line(node.get("k").asText(), args, null));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new GeneratedText(lines));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}

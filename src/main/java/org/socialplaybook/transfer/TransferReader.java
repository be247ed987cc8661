package org.socialplaybook.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.Json;
import org.socialplaybook.platform.SpaceDataPort;

/**
 * Reads an export document with the plugin's strict mapper, keeping the line each item starts on, so that every
 * error names the document's line and field (Jackson's {@link JsonLocation} and {@link JsonMappingException} path).
 * The first error in the JSON itself stops reading: what follows it cannot be trusted.
 */
final class TransferReader {
    static final String KEY = "social-playbook.transfer.error.";

    /** An item as read, with the line it starts on and its path ("capabilities.roles[0]"). */
    record Item(SpaceDataPort<?> port, Object value, int line, String path) {
    }

    /** A problem found while reading: {@code arguments} for the key's text. */
    record Problem(int line, String field, String key, Serializable[] arguments) {
    }

    record Result(String sourceSpace, List<Item> items, List<Problem> problems) {
    }

    private final Map<String, SpaceDataPort<?>> ports = new LinkedHashMap<>();

    TransferReader(List<SpaceDataPort<?>> ports) {
        ports.forEach(p -> this.ports.put(p.capability(), p));
    }

    Result read(String text) {
        List<Item> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] source = {null};
        boolean[] sawFormat = {false};
        try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new Problem(line(p), "", KEY + "not-a-document", new Serializable[0]));
                return new Result(null, items, problems);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> {
                        sawFormat[0] = true;
                        if (!TransferDocument.FORMAT.equals(p.getValueAsString())) {
                            problems.add(new Problem(line(p), "format", KEY + "format", new Serializable[] {TransferDocument.FORMAT}));
                        }
                    }
                    case "version" -> {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
                            problems.add(new Problem(line(p), "version", KEY + "version", new Serializable[] {TransferDocument.VERSION}));
                        } else if (p.getIntValue() > TransferDocument.VERSION) {
                            problems.add(new Problem(line(p), "version", KEY + "version-newer",
                                    new Serializable[] {p.getIntValue(), TransferDocument.VERSION}));
                        }
                    }
                    case "sourceSpace" -> source[0] = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "exportedAt" -> p.skipChildren();
                    case "capabilities" -> readCapabilities(p, items, problems);
                    default -> {
                        problems.add(new Problem(line(p), name, KEY + "unknown-field", new Serializable[] {name}));
                        p.skipChildren();
                    }
                }
                if (hasJsonError(problems)) {
                    return new Result(source[0], items, problems);
                }
            }
            if (!sawFormat[0]) {
                problems.add(new Problem(1, "format", KEY + "format", new Serializable[] {TransferDocument.FORMAT}));
            }
        } catch (JsonMappingException e) {
            problems.add(mapping(e, ""));
        } catch (JsonProcessingException e) {
            problems.add(malformed(e));
        } catch (IOException e) {
            problems.add(new Problem(0, "", KEY + "malformed", new Serializable[] {"?"}));
        }
        return new Result(source[0], items, problems);
    }

    private void readCapabilities(JsonParser p, List<Item> items, List<Problem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(new Problem(line(p), "capabilities", KEY + "not-an-object", new Serializable[] {"capabilities"}));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String capability = p.currentName();
            p.nextToken();
            String path = "capabilities." + capability;
            SpaceDataPort<?> port = ports.get(capability);
            if (port == null) {
                problems.add(new Problem(line(p), path, KEY + "unknown-capability", new Serializable[] {capability}));
                p.skipChildren();
                continue;
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                problems.add(new Problem(line(p), path, KEY + "not-a-list", new Serializable[] {path}));
                p.skipChildren();
                continue;
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String itemPath = path + "[" + index + "]";
                int line = line(p);
                try {
                    items.add(new Item(port, Json.mapper().readValue(p, port.itemType()), line, itemPath));
                } catch (JsonMappingException e) {
                    problems.add(mapping(e, itemPath));
                    return;
                }
                index++;
            }
        }
    }

    private static boolean hasJsonError(List<Problem> problems) {
        return problems.stream().anyMatch(pr -> pr.key().equals(KEY + "malformed") || pr.key().startsWith(KEY + "json-"));
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static Problem mapping(JsonMappingException e, String prefix) {
        StringBuilder field = new StringBuilder(prefix);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String kind;
        if (e instanceof UnrecognizedPropertyException) {
            kind = "json-unknown-field";
        } else if (e instanceof InvalidFormatException) {
            kind = "json-bad-value";
        } else if (e instanceof MismatchedInputException) {
            kind = "json-type";
        } else {
            kind = "json-bad-value";
        }
        return new Problem(line, field.toString(), KEY + kind, new Serializable[] {field.toString()});
    }

    private static Problem malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new Problem(line, "", KEY + "malformed", new Serializable[] {column});
    }
}

package org.carepathway.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON tree built from Jackson's streaming parser, because the tree has to keep what Jackson's own tree
 * drops: the document position of every member (for document order) and duplicate member names (Jackson keeps
 * the last silently). Every node has a position that increases in document order.
 */
final class JsonTree {
    private JsonTree() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Ten or more digits, possibly spaced: anything that could be an NHS number in a parser's message. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?:\\d[ -]?){9,}\\d");

    /** A JSON value with its position in document order. */
    sealed interface Node permits ObjectNode, ArrayNode, StringNode, NumberNode, BooleanNode, NullNode {
        long position();
    }

    /** A member of an object: its name, the position of the name, and its value. */
    record Member(String name, long position, Node value) {
    }

    /** An object; where a name occurs twice, the first member is kept (the duplicate is an input error). */
    record ObjectNode(long position, Map<String, Member> members) implements Node {
    }

    record ArrayNode(long position, List<Node> items) implements Node {
    }

    record StringNode(long position, String value) implements Node {
    }

    /** A number as written, and whether it is a JSON integer (no fraction, no exponent). */
    record NumberNode(long position, String text, boolean integer) implements Node {
    }

    record BooleanNode(long position, boolean value) implements Node {
    }

    record NullNode(long position) implements Node {
    }

    /**
     * The outcome of parsing: the root when the document is well formed (else null), the partial root object
     * read before a syntax error (else null), and the errors found (a syntax error, or duplicate member names).
     */
    record Parsed(Node root, ObjectNode partialRoot, List<PositionedError> errors) {
    }

    static Parsed parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // creating a parser on a String does no I/O
        }
    }

    static Parsed parse(InputStream in) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return parse(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the pathway document: " + e.getMessage(), e);
        }
    }

    private static Parsed parse(JsonParser parser) throws IOException {
        Builder builder = new Builder(parser);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                JsonLocation at = parser.currentLocation();
                return syntaxError(builder, "the document is empty", at);
            }
            Node root = builder.value("", true);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                return syntaxError(builder, "there is more after the end of the pathway object ("
                        + describe(trailing) + "); a document holds exactly one pathway", parser.currentTokenLocation());
            }
            return new Parsed(root, null, List.copyOf(builder.errors));
        } catch (JsonProcessingException | CharConversionException e) {
            JsonLocation at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation() : parser.currentLocation();
            String reason = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            return syntaxError(builder, reason, at);
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static Parsed syntaxError(Builder builder, String reason, JsonLocation at) {
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String safeReason = reason == null ? "" : ": " + DIGIT_RUN.matcher(firstLine(reason)).replaceAll("(digits)");
        InputError error = new InputError("", "The document is not well-formed JSON" + where + safeReason
                + ". Correct the JSON syntax there and send the pathway again.");
        return new Parsed(null, builder.rootObject, List.of(new PositionedError(0, error)));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final class Builder {
        private final JsonParser parser;
        private final List<PositionedError> errors = new ArrayList<>();
        private long tokens;
        /** The root object, kept so a partial document can still name its pathway id. */
        private ObjectNode rootObject;

        Builder(JsonParser parser) {
            this.parser = parser;
        }

        /** The value starting at the current token; duplicates are reported when {@code report} is true. */
        Node value(String pointer, boolean report) throws IOException {
            long position = tokens++;
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    Map<String, Member> members = new LinkedHashMap<>();
                    ObjectNode object = new ObjectNode(position, members);
                    if (rootObject == null && pointer.isEmpty()) {
                        rootObject = object;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        long memberPosition = tokens++;
                        String name = parser.currentName();
                        String memberPointer = pointer + "/" + escape(name);
                        parser.nextToken();
                        boolean duplicate = members.containsKey(name);
                        Node member = value(memberPointer, report && !duplicate);
                        if (!duplicate) {
                            members.put(name, new Member(name, memberPosition, member));
                        } else if (report) {
                            errors.add(new PositionedError(memberPosition, new InputError(memberPointer,
                                    "The member '" + name + "' appears more than once in the same object; keep only one"
                                            + " of them.")));
                        }
                    }
                    return object;
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value(pointer + "/" + items.size(), report));
                    }
                    return new ArrayNode(position, items);
                }
                case VALUE_STRING -> {
                    return new StringNode(position, parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return new NumberNode(position, parser.getText(), true);
                }
                case VALUE_NUMBER_FLOAT -> {
                    return new NumberNode(position, parser.getText(), false);
                }
                case VALUE_TRUE -> {
                    return new BooleanNode(position, true);
                }
                case VALUE_FALSE -> {
                    return new BooleanNode(position, false);
                }
                case VALUE_NULL -> {
                    return new NullNode(position);
                }
                default -> throw new IllegalStateException("unexpected token " + token);
            }
        }
    }

    /** One reference token of a JSON Pointer (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}

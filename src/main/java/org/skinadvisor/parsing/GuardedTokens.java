package org.skinadvisor.parsing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads tokens and refuses what Jackson would silently misread: a YAML alias binds as its anchor's
 * name, so anchors, aliases and explicit tags are rejected; string lengths are checked here because
 * Jackson does not enforce them for YAML. Every Jackson failure becomes an {@link InvalidInputException}
 * whose message carries no input text.
 * <p>
 * A repeated key in a mapping is refused here rather than by Jackson: Jackson's check fails inside the parser,
 * which cannot go on, while this one fails after a whole token, so that a reader can record the error, skip the
 * repeated value and read on (to find the record's other errors, and the records after it).
 */
public final class GuardedTokens {
    /**
     * Jackson's "(start marker at [Source: REDACTED (`StreamReadFeature...` disabled); line: 1, column: 1])": its
     * settings' names mean nothing to a reader, and the line is counted within the record, not the file.
     */
    private static final Pattern START_MARKER = Pattern.compile(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)");

    private final JsonParser parser;
    private final YAMLParser yaml;
    /** The bytes the parser reads, from its first, to place what the parser places badly; null when not at hand. */
    private final byte[] text;
    /** Counts the characters of a JSON text's places, made at its first; null for YAML, whose columns are characters. */
    private Utf8Text.CharacterColumns columns;

    public GuardedTokens(JsonParser parser, byte[] text) {
        this.parser = parser;
        this.yaml = parser instanceof YAMLParser y ? y : null;
        this.text = text;
    }

    public JsonParser parser() {
        return parser;
    }

    public boolean readsYaml() {
        return yaml != null;
    }

    public JsonToken next() throws InvalidInputException {
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (IOException e) {
            throw translate(e, parser, text);
        }
        if (t == null) {
            return null;
        }
        if (yaml != null) {
            checkYamlFeatures();
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
            int max = t == JsonToken.FIELD_NAME ? Limits.MAX_NAME_LENGTH : Limits.MAX_STRING_LENGTH;
            if (textLength() > max) {
                throw problem(Problem.LIMIT_EXCEEDED,
                        (t == JsonToken.FIELD_NAME ? "key" : "text") + " longer than " + max + " characters");
            }
            refuseLoneSurrogates();
            if (t == JsonToken.FIELD_NAME) {
                refuseRepeatedKey();
            }
        }
        return t;
    }

    /**
     * The keys seen in a mapping are kept in its parsing context's current-value slot (which Jackson clears when it
     * reuses the context): the first key alone, then a set, as Jackson's own check keeps them.
     */
    private void refuseRepeatedKey() throws InvalidInputException {
        JsonStreamContext mapping = parser.getParsingContext();
        String key = mapping.getCurrentName();
        Object seen = mapping.getCurrentValue();
        if (seen == null) {
            mapping.setCurrentValue(key);
        } else if (seen instanceof String first) {
            if (first.equals(key)) {
                throw repeated(key);
            }
            mapping.setCurrentValue(new SeenKeys(first, key));
        } else {
            Set<String> keys = ((SeenKeys) seen).keys;
            if (!keys.add(key)) {
                throw repeated(key);
            }
            if (keys.size() > Limits.MAX_KEYS) {
                // Each unknown field is kept, warned about and searched: 90,000 of them a record ran a batch out of heap.
                throw problem(Problem.LIMIT_EXCEEDED, "more than " + String.format(Locale.ROOT, "%,d", Limits.MAX_KEYS)
                        + " fields in one mapping: an intake profile has a few");
            }
        }
    }

    private InvalidInputException repeated(String key) {
        return problem(Problem.DUPLICATE_KEY, "duplicate key `" + key + "`: a second value could hide the first");
    }

    /** The keys of a mapping, once it has more than one. */
    private static final class SeenKeys {
        private final Set<String> keys = new HashSet<>();

        SeenKeys(String first, String second) {
            keys.add(first);
            keys.add(second);
        }
    }

    /**
     * An escaped half of a UTF-16 surrogate pair on its own (JSON or YAML "\uD800") decodes to no character: an ID
     * holding one would come out of the CSV report as '?', no longer the ID it was.
     */
    private void refuseLoneSurrogates() throws InvalidInputException {
        try {
            char[] chars = parser.getTextCharacters();
            int end = parser.getTextOffset() + parser.getTextLength();
            for (int i = parser.getTextOffset(); i < end; i++) {
                if (Character.isHighSurrogate(chars[i]) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else if (Character.isSurrogate(chars[i])) {
                    throw problem(Problem.ENCODING, "text holds half a surrogate pair (an escape such as \\uD800 alone),"
                            + " which is no character");
                }
            }
        } catch (IOException e) {
            throw translate(e, parser, text);
        }
    }

    public String text() throws InvalidInputException {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw translate(e, parser, text);
        }
    }

    private int textLength() throws InvalidInputException {
        try {
            return parser.getTextLength();
        } catch (IOException e) {
            throw translate(e, parser, text);
        }
    }

    private void checkYamlFeatures() throws InvalidInputException {
        try {
            if (yaml.isCurrentAlias()) {
                throw problem(Problem.UNSUPPORTED_YAML, "YAML aliases (*name) are not accepted: write the value out in full");
            }
            if (yaml.getObjectId() != null) {
                throw problem(Problem.UNSUPPORTED_YAML, "YAML anchors (&name) are not accepted: write the value out in full");
            }
            if (yaml.getTypeId() != null) {
                throw problem(Problem.UNSUPPORTED_YAML, "YAML tags (!name) are not accepted: write plain values");
            }
        } catch (IOException e) {
            throw translate(e, parser, text);
        }
    }

    public InvalidInputException problem(Problem kind, String message) {
        int[] at = place(parser.currentTokenLocation());
        return new InvalidInputException(kind, message, at[0], at[1]);
    }

    /** The line and column of a parser's location, in characters. */
    public int[] place(JsonLocation loc) {
        if (columns == null && text != null && yaml == null) {
            columns = new Utf8Text.CharacterColumns(text);
        }
        return place(loc, columns);
    }

    /** Maps any Jackson or I/O failure to a located, data-free message. */
    public static InvalidInputException translate(IOException e, JsonParser p) {
        return translate(e, p, null);
    }

    /** As {@link #translate(IOException, JsonParser)}, placed in {@code text}, the bytes {@code p} reads. */
    private static InvalidInputException translate(IOException e, JsonParser p, byte[] text) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ReaderException r) {
                return Utf8Text.refusedByYaml(r, text);
            }
            if (c instanceof MarkedYAMLException m) {
                String what = m.getProblem() == null ? "invalid YAML" : m.getProblem();
                String plain = SyntaxMessages.yaml(what, m.getContext());
                boolean atContext = plain != null && SyntaxMessages.atContext(m.getContext());
                Mark mark = atContext && m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
                return new InvalidInputException(Problem.SYNTAX, plain != null ? plain : redact(what),
                        mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1);
            }
            if (c instanceof CharConversionException) {
                return notUtf8(redact(c.getMessage()), e, p, text);
            }
        }
        String original = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        String message = original == null ? e.getClass().getSimpleName()
                : START_MARKER.matcher(firstLine(original)).replaceAll("");
        if (e instanceof StreamConstraintsException || message.contains("exceeds the limit")) {
            String limit = message.replaceAll(" \\(from `[^`]*`\\)|,? ?from `[^`]*`", "");
            return located(Problem.LIMIT_EXCEEDED, limit, e, p, text);
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32") || message.contains("encoding")) {
            return notUtf8(redact(message), e, p, text);
        }
        if (e instanceof JacksonException) {
            String plain = SyntaxMessages.json(message);
            Problem kind = SyntaxMessages.jsonProblem(message);
            InvalidInputException at = located(kind, plain != null ? plain : redact(message), e, p, text);
            int back = SyntaxMessages.jsonColumnsBack(message);
            return back == 0 || at.column() <= back ? at
                    : new InvalidInputException(kind, at.getMessage(), at.line(), at.column() - back);
        }
        return new InvalidInputException(Problem.UNREADABLE, "cannot read: " + redact(message), 0, 0);
    }

    /** The decoder's message and place, unless the first bytes that are not UTF-8 are found in the text. */
    private static InvalidInputException notUtf8(String message, IOException e, JsonParser p, byte[] text) {
        int offset = text == null ? -1 : Utf8Text.firstInvalid(text);
        return offset >= 0 ? Utf8Text.invalidAt(text, offset, p instanceof YAMLParser)
                : located(Problem.ENCODING, "not valid UTF-8 text: " + message, e, p, text);
    }

    private static InvalidInputException located(Problem kind, String message, IOException e, JsonParser p,
                                                 byte[] text) {
        JsonLocation loc = e instanceof JacksonException je && je.getLocation() != null ? je.getLocation()
                : p == null ? null : p.currentLocation();
        int[] at = place(loc, p, text);
        return new InvalidInputException(kind, message, at[0], at[1]);
    }

    /** Line and column, 0 when unknown; a JSON column (counted by Jackson in bytes) in characters. */
    private static int[] place(JsonLocation loc, JsonParser p, byte[] text) {
        boolean bytes = text != null && p != null && !(p instanceof YAMLParser);
        return place(loc, bytes ? new Utf8Text.CharacterColumns(text) : null);
    }

    /** Line and column, 0 when unknown; the column counted in characters by {@code columns} unless that is null. */
    private static int[] place(JsonLocation loc, Utf8Text.CharacterColumns columns) {
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        boolean convert = columns != null && line > 0 && column > 0;
        return new int[] {line, convert ? columns.column(line, column) : column};
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Quoted fragments in parser messages are copies of the input: never pass them on. Quotes are paired from
     * the left; a single quoted character (a delimiter such as ']') is kept.
     */
    static String redact(String message) {
        if (message == null) {
            return "";
        }
        String line = firstLine(message);
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char q = line.charAt(i);
            int close = q == '\'' || q == '"' ? line.indexOf(q, i + 1) : -1;
            if (close < 0) {
                out.append(q);
                i++;
            } else {
                out.append(close - i - 1 <= 1 ? line.substring(i, close + 1) : q + "…" + q);
                i = close + 1;
            }
        }
        return out.toString().replace("token '…', '…' or '…'", "token null, true or false");
    }
}

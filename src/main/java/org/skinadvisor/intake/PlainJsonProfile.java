package org.skinadvisor.intake;

import org.skinadvisor.parsing.Limits;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The quick reading of the usual JSON intake record, as a batch export writes a million of them: one flat object
 * of known fields, ASCII text without escapes, lists of text, an age in plain digits. Whatever it reads, it reads
 * exactly as the strict reader ({@link org.skinadvisor.parsing.GuardedTokens}, {@link ProfileBinder}) would; anything else
 * (an escape, non-ASCII text, a null, an unknown field, a repeated field, answers, a value the binder would
 * refuse, a syntax error) it declines, and the strict reader decides. Reading a line this way costs a fraction of
 * creating a parser for it, which was a quarter of `screen`'s work.
 */
final class PlainJsonProfile {
    /** Each field's bit: its position in {@link #NAMES}. */
    private static final int ID = 1;
    private static final int CONCERNS = 2;
    private static final int CONDITIONS = 4;
    private static final int MEDICATIONS = 8;
    private static final int AGE = 16;
    private static final int FITZPATRICK = 32;
    private static final int NOTES = 64;

    private final byte[] b;
    private final int end;
    private int at;

    private PlainJsonProfile(byte[] data) {
        this.b = data;
        this.end = data.length;
    }

    /** The profile, or null when the record is not plain: then only the strict reader may read it. */
    static ReadProfile read(byte[] data) {
        return new PlainJsonProfile(data).profile();
    }

    private ReadProfile profile() {
        String id = null;
        List<String> concerns = null;
        List<String> conditions = null;
        List<String> medications = null;
        Integer age = null;
        SkinType fitzpatrick = null;
        String notes = null;
        int seen = 0;
        space();
        if (!take('{')) {
            return null;
        }
        do {
            space();
            int field = field();
            space();
            if (field == 0 || (seen & field) != 0 || !take(':')) {
                return null;
            }
            seen |= field;
            space();
            boolean read = switch (field) {
                case ID -> (id = strippedText()) != null;
                case CONCERNS -> (concerns = list()) != null && !concerns.isEmpty();
                case CONDITIONS -> (conditions = list()) != null;
                case MEDICATIONS -> (medications = list()) != null;
                case AGE -> (age = age()) != null;
                case FITZPATRICK -> (fitzpatrick = skinType()) != null;
                default -> (notes = text()) != null && !notes.isBlank();
            };
            if (!read) {
                return null;
            }
            space();
        } while (take(','));
        if (!take('}')) {
            return null;
        }
        space();
        if (at != end || (seen & (ID | CONCERNS)) != (ID | CONCERNS)) {
            return null;
        }
        return new ReadProfile(new IntakeProfile(id, concerns, IntakeProfile.noneAware("conditions", conditions),
                IntakeProfile.noneAware("medications", medications), age, fitzpatrick, notes, null), List.of());
    }

    /** The known fields as quoted in JSON, by bit: 1 << i is {@code NAMES[i]}. */
    private static final byte[][] NAMES = Stream.of("id", "concerns", "conditions", "medications", "age", "fitzpatrick",
            "notes").map(n -> ('"' + n + '"').getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /**
     * A known field's bit, or 0 for any other name (answers included: the strict reader reads those). Compared
     * as bytes: a string per name, hashed for a switch, cost 5 % of `screen`.
     */
    private int field() {
        for (int i = 0; i < NAMES.length; i++) {
            byte[] name = NAMES[i];
            if (startsHere(name)) {
                at += name.length;
                return 1 << i;
            }
        }
        return 0;
    }

    private boolean startsHere(byte[] name) {
        if (at + name.length > end) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list of non-blank text entries, stripped as the binder strips them; null when it is anything else. Made
     * immutable here, so that the profile keeps it without another copy.
     */
    private List<String> list() {
        if (!take('[')) {
            return null;
        }
        space();
        if (take(']')) {
            return List.of();
        }
        String[] items = new String[4];
        int count = 0;
        do {
            space();
            String item = strippedText();
            if (item == null) {
                return null;
            }
            if (count == items.length) {
                items = Arrays.copyOf(items, 2 * count);
            }
            items[count++] = item;
            space();
        } while (take(','));
        if (!take(']')) {
            return null;
        }
        return List.of(Arrays.copyOf(items, count));
    }

    /** Text stripped as the binder strips an id or a list entry; null when it is not text or nothing is left. */
    private String strippedText() {
        String text = text();
        String stripped = text == null ? null : text.strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    /** A skin type as the binder reads it from text; null for anything else (blank text is the binder's null). */
    private SkinType skinType() {
        String text = text();
        return text == null || text.isBlank() ? null : SkinType.parse(text);
    }

    /** Printable ASCII between quotes, no escapes, within the strict reader's length limit; else null. */
    private String text() {
        if (!take('"')) {
            return null;
        }
        int start = at;
        while (at < end) {
            byte c = b[at];
            if (c == '"') {
                if (at - start > Limits.MAX_STRING_LENGTH) {
                    return null;
                }
                String text = new String(b, start, at - start, StandardCharsets.ISO_8859_1);
                at++;
                return text;
            }
            if (c < 0x20 || c > 0x7e || c == '\\') {
                return null;
            }
            at++;
        }
        return null;
    }

    /**
     * The digits here, read by the binder's own rule for an age; else null. Whatever follows the digits (a fraction,
     * an exponent) is left to the caller, which accepts only a comma, a brace or space there.
     */
    private Integer age() {
        int start = at;
        while (at < end && b[at] >= '0' && b[at] <= '9' && at - start < 4) {
            at++;
        }
        int age = ProfileBinder.plainAge(new String(b, start, at - start, StandardCharsets.ISO_8859_1));
        return age >= 0 && age <= ProfileBinder.MAX_AGE ? age : null;
    }

    private boolean take(char c) {
        if (at < end && b[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private void space() {
        while (at < end && isSpace(b[at])) {
            at++;
        }
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}

package org.skinadvisor.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.SafeParsers;

import java.io.IOException;

/**
 * The patient id that a record which could not be read names plainly, so that its error record says whose intake
 * to fix. Only a label beside the record's source, never used to screen.
 */
public final class PatientIds {
    private PatientIds() {
    }

    /**
     * The one top-level {@code id} (text or a whole number, not blank) of the JSON object that starts the text, read
     * until the object ends or breaks (a truncated line keeps the id it began with); null when the text is not an
     * object, or its id is missing, of another type, blank or repeated before the end or the break.
     */
    public static String inJson(byte[] data) {
        return inJson(data, 0, data.length);
    }

    /**
     * The same for the JSON object that starts at {@code from}: an element of a JSON array, or its first field's name
     * when the object's `{` was left out.
     */
    static String inJson(byte[] data, int from, int to) {
        try {
            if (from < to && data[from] == '"') {
                byte[] opened = new byte[to - from + 1];
                opened[0] = '{';
                System.arraycopy(data, from, opened, 1, to - from);
                return in(SafeParsers.json(opened, 0, opened.length));
            }
            return in(SafeParsers.json(data, from, to - from));
        } catch (IOException | InvalidInputException e) {
            return null;
        }
    }

    /** The same for the YAML document between {@code from} and {@code to}. */
    static String inYaml(byte[] data, int from, int to) {
        try {
            return in(SafeParsers.yaml(data, from, to - from));
        } catch (IOException e) {
            return null;
        }
    }

    private static String in(JsonParser parser) {
        String id = null;
        try (JsonParser p = parser) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!"id".equals(name)) {
                    p.skipChildren();
                } else if (id != null || value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
                    return null; // a repeated id names no one
                } else {
                    id = p.getText().strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // The record broke here: what was read before the break stands.
        }
        return id == null || id.isEmpty() ? null : id;
    }
}

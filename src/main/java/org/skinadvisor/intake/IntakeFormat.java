package org.skinadvisor.intake;

import java.util.Locale;

/** The file formats intake records come in. */
public enum IntakeFormat {
    YAML, JSON, JSON_LINES, CSV;

    /** By file extension; null when the extension names no intake format. */
    public static IntakeFormat byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return YAML;
        }
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (n.endsWith(".csv")) {
            return CSV;
        }
        return null;
    }

    /** A single document without a telling name: JSON when it starts with { or [, otherwise YAML. */
    public static IntakeFormat byContent(byte[] data) {
        int i = startsWithUtf8Bom(data) ? 3 : 0;
        while (i < data.length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
            i++;
        }
        return i < data.length && (data[i] == '{' || data[i] == '[') ? JSON : YAML;
    }

    static boolean startsWithUtf8Bom(byte[] data) {
        return data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF;
    }
}

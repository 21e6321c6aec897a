package org.skinadvisor.intake;

import org.skinadvisor.parsing.Utf8Text;

import java.util.Locale;

/** The file formats intake records come in. */
public enum IntakeFormat {
    YAML("YAML", "yaml"), JSON("JSON", "json"), JSON_LINES("JSON Lines", "jsonl"), CSV("CSV", "csv");

    private final String title;
    private final String word;

    IntakeFormat(String title, String word) {
        this.title = title;
        this.word = word;
    }

    /** The format's name in a sentence: "JSON Lines". */
    public String title() {
        return title;
    }

    /** Its file extension without the dot, and its name for `screen --stdin-format`: "jsonl". */
    public String word() {
        return word;
    }

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

    /**
     * What a file that clinics export but no reader here reads is, and how to make it readable, for the kinds
     * worth saying: a spreadsheet's workbook (read as YAML, its binary would be "control character U+0003") and
     * tab-separated text, which the CSV reader reads under a .csv name. Null for every other name.
     */
    public static String notReadHere(String fileName) {
        if (workbook(fileName)) {
            return "a spreadsheet workbook, which is not read: save the sheet as \"CSV UTF-8\" and screen the .csv";
        }
        if (tabSeparated(fileName)) {
            return "tab-separated text, which is read as CSV (its tabs are found) from a file named .csv, or from"
                    + " standard input with `screen --stdin-format csv`";
        }
        return null;
    }

    /** Whether the name is a spreadsheet program's own file: Excel's, LibreOffice's, Numbers'. */
    public static boolean workbook(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".ods")
                || n.endsWith(".numbers");
    }

    /** Whether the name is one that tab-separated text is saved under. */
    public static boolean tabSeparated(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".tsv") || n.endsWith(".tab");
    }

    /**
     * A single document without a telling name: JSON when it starts with [ or a JSON object, otherwise YAML. An
     * object whose first name is not in double quotes (`{id: P-1, ...}`) is YAML's flow style, which JSON is not.
     */
    public static IntakeFormat byContent(byte[] data) {
        int i = afterSpace(data, Utf8Text.startsWithByteOrderMark(data) ? 3 : 0);
        return i < data.length && (data[i] == '[' || startsJsonObject(data, i)) ? JSON : YAML;
    }

    /** Whether a JSON object starts at {@code i}: a { followed, after white space, by " or }. */
    private static boolean startsJsonObject(byte[] data, int i) {
        if (i >= data.length || data[i] != '{') {
            return false;
        }
        int next = afterSpace(data, i + 1);
        return next < data.length && (data[next] == '"' || data[next] == '}');
    }

    private static int afterSpace(byte[] data, int from) {
        int i = from;
        while (i < data.length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) {
            i++;
        }
        return i;
    }
}

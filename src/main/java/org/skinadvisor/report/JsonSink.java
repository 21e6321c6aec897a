package org.skinadvisor.report;

import java.io.IOException;

/**
 * The JSON-writing operations the reports use, so that one description of each report's shape serves both the
 * indented output of `check` (through Jackson) and the compact lines of `screen` ({@link CompactJson}).
 */
public interface JsonSink {
    JsonSink startObject() throws IOException;

    JsonSink endObject() throws IOException;

    JsonSink startArray() throws IOException;

    JsonSink endArray() throws IOException;

    JsonSink name(JsonName name) throws IOException;

    /** A string value, or null. */
    JsonSink string(String value) throws IOException;

    /**
     * A string value from the knowledge base or the tool itself (an id, a verdict, a source), never from the
     * input: a sink may keep its encoding, since there are only so many.
     */
    JsonSink known(String value) throws IOException;

    JsonSink number(long value) throws IOException;

    /** Writes members into what the caller has open: fields of an object, or values of an array. */
    interface Part {
        void write(JsonSink g) throws IOException;
    }

    /**
     * A part whose text is a function of {@code key} alone, so that a sink may write it once and repeat the
     * text for every equal key. The caller answers for the key naming everything the part depends on.
     */
    JsonSink repeat(Object key, Part part) throws IOException;

    /** A code that names no part: {@link #repeat(long, Part)} writes the part afresh every time. */
    long NO_CODE = 0;

    /**
     * As {@link #repeat(Object, Part)}, for a part whose key the caller packs into one number: cheaper to look up
     * than an object (a million records look up eight parts each). {@link #NO_CODE} names no part.
     */
    JsonSink repeat(long code, Part part) throws IOException;
}

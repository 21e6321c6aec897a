package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** A {@link JsonSink} writing through a Jackson generator, which may indent. */
public final class JacksonSink implements JsonSink {
    private final JsonGenerator g;

    public JacksonSink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public JsonSink startObject() throws IOException {
        g.writeStartObject();
        return this;
    }

    @Override
    public JsonSink endObject() throws IOException {
        g.writeEndObject();
        return this;
    }

    @Override
    public JsonSink startArray() throws IOException {
        g.writeStartArray();
        return this;
    }

    @Override
    public JsonSink endArray() throws IOException {
        g.writeEndArray();
        return this;
    }

    @Override
    public JsonSink name(JsonName name) throws IOException {
        g.writeFieldName(name.text());
        return this;
    }

    @Override
    public JsonSink string(String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
        return this;
    }

    @Override
    public JsonSink known(String value) throws IOException {
        return string(value);
    }

    @Override
    public JsonSink number(long value) throws IOException {
        g.writeNumber(value);
        return this;
    }

    /** Written every time: indentation depends on where the part lands. */
    @Override
    public JsonSink repeat(Object key, Part part) throws IOException {
        part.write(this);
        return this;
    }

    @Override
    public JsonSink repeat(long code, Part part) throws IOException {
        part.write(this);
        return this;
    }
}

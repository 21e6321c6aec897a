package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.parsing.SafeParsers;

import java.io.IOException;
import java.io.OutputStream;

/** One JSON object per line: the `check` object plus "source" and "stamp", or an error record. */
public final class JsonLinesFormat implements BatchFormat {
    private final Stamp stamp;

    public JsonLinesFormat(Stamp stamp) {
        this.stamp = stamp;
    }

    @Override
    public byte[] header() {
        return new byte[0];
    }

    @Override
    public RecordWriter open(OutputStream out) throws IOException {
        JsonGenerator g = SafeParsers.jsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null);
        return new RecordWriter() {
            @Override
            public void write(ScreenedRecord r) throws IOException {
                IntakeRecord rec = r.record();
                g.writeStartObject();
                g.writeStringField("source", rec.source());
                if (r.assessment() == null) {
                    g.writeStringField("error", rec.error().located());
                    g.writeStringField("code", rec.error().problem().code());
                    g.writeNumberField("line", rec.error().line());
                    g.writeNumberField("column", rec.error().column());
                } else {
                    JsonReport.writeFields(g, r.assessment(), rec.profile().warnings(), stamp.kb());
                }
                stamp.write(g, rec.inputSha256());
                g.writeEndObject();
                g.writeRaw('\n');
            }

            @Override
            public void finish() throws IOException {
                g.flush();
            }
        };
    }
}

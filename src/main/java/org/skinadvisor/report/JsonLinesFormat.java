package org.skinadvisor.report;

import org.skinadvisor.intake.IntakeRecord;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON object per line: the `check` object plus "source" and "stamp", or an error record (with "id" when the
 * record that could not be read names its patient plainly).
 */
public final class JsonLinesFormat implements BatchFormat {
    private static final JsonName CODE = JsonName.of("code");
    private static final JsonName COLUMN = JsonName.of("column");
    private static final JsonName ERROR = JsonName.of("error");
    private static final JsonName ID = JsonName.of("id");
    private static final JsonName LINE = JsonName.of("line");
    private static final JsonName SOURCE = JsonName.of("source");

    private final Stamp stamp;
    /** One writer per worker thread, kept: its buffer has grown to a batch's size and its encodings are made. */
    private final ThreadLocal<CompactJson> writers = ThreadLocal.withInitial(() -> new CompactJson(1 << 16));

    public JsonLinesFormat(Stamp stamp) {
        this.stamp = stamp;
    }

    @Override
    public byte[] header() {
        return new byte[0];
    }

    @Override
    public RecordWriter open(OutputStream out) {
        CompactJson g = writers.get();
        g.clear();
        return new RecordWriter() {
            @Override
            public void write(ScreenedRecord r) throws IOException {
                IntakeRecord rec = r.record();
                g.startObject();
                g.name(SOURCE).string(rec.source());
                if (r.assessment() == null) {
                    if (rec.namedId() != null) {
                        g.name(ID).string(rec.namedId());
                    }
                    g.name(ERROR).string(rec.error().located());
                    g.name(CODE).known(rec.error().problem().code());
                    g.name(LINE).number(rec.error().line());
                    g.name(COLUMN).number(rec.error().column());
                } else {
                    JsonReport.writeFields(g, r.assessment(), rec.profile().profile().notesToRead(),
                            rec.profile().warnings(), stamp.kb());
                }
                stamp.write(g, rec.inputSha256());
                g.endObject();
                g.newline();
            }

            @Override
            public void finish() throws IOException {
                if (out instanceof ChunkBuffer chunk && chunk.size() == 0) {
                    g.handOver(chunk);
                } else {
                    g.writeTo(out);
                }
            }
        };
    }
}

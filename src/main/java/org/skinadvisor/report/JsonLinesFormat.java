package org.skinadvisor.report;

import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.parsing.InvalidInputException;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON object per line: the `check` object plus "source" and "stamp", or an error record (with "id" when the
 * record that could not be read names its patient plainly): the error that decided how far the record was read, and
 * "otherErrors", so that one run shows a script every error to fix.
 */
public final class JsonLinesFormat implements BatchFormat {
    private static final JsonName CODE = JsonName.of("code");
    private static final JsonName COLUMN = JsonName.of("column");
    private static final JsonName ERROR = JsonName.of("error");
    private static final JsonName ID = JsonName.of("id");
    private static final JsonName LINE = JsonName.of("line");
    private static final JsonName OTHER_ERRORS = JsonName.of("otherErrors");
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
                    writeError(g, rec.error());
                    g.name(OTHER_ERRORS).startArray();
                    for (InvalidInputException other : rec.error().othersByPlace()) {
                        g.startObject();
                        writeError(g, other);
                        g.endObject();
                    }
                    g.endArray();
                } else {
                    JsonReport.writeFields(g, r.assessment(), rec.profile().profile().notesToRead(),
                            rec.profile().warnings(), stamp.kb());
                }
                stamp.write(g, rec.inputSha256());
                g.endObject();
                g.newline();
            }

            private void writeError(CompactJson g, InvalidInputException e) throws IOException {
                g.name(ERROR).string(e.located());
                g.name(CODE).known(e.problem().code());
                g.name(LINE).number(e.line());
                g.name(COLUMN).number(e.column());
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

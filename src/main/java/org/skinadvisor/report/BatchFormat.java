package org.skinadvisor.report;

import java.io.IOException;
import java.io.OutputStream;

/** A report format for `screen`: one output record per input record, rendered by the workers. */
public interface BatchFormat {
    /** What starts the report (a CSV header row, a table heading), possibly nothing. */
    byte[] header();

    /** A writer for one chunk of records into {@code out}; {@link RecordWriter#finish()} flushes it. */
    RecordWriter open(OutputStream out) throws IOException;

    interface RecordWriter {
        void write(ScreenedRecord r) throws IOException;

        void finish() throws IOException;
    }
}

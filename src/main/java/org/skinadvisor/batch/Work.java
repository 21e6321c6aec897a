package org.skinadvisor.batch;

import org.skinadvisor.intake.CsvProfiles;
import org.skinadvisor.intake.CsvRows;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.parsing.InvalidInputException;

import java.nio.file.Path;

/**
 * A unit of work handed to a worker: it yields one or more records, in order. Its weight says how much of a
 * chunk it fills: about a record's worth, and more for long input, which makes long output.
 */
sealed interface Work {
    /** Bytes of input that weigh as much as one record of a JSON Lines or CSV file. */
    int BYTES_PER_WEIGHT = 1024;
    /**
     * Bytes of report that a field or column not read makes in its record's report (its warning), whatever the
     * input holds: about a hundred.
     */
    int BYTES_PER_FIELD_NOT_READ = 100;
    /** Bytes of a YAML or JSON file that weigh as much: a YAML document can take as little as 25 bytes. */
    int DOCUMENT_BYTES_PER_WEIGHT = 16;
    /** Reading a file costs more than reading a line: a chunk holds at most 32 small files. */
    int DOCUMENT_WEIGHT = 32;

    default int weight() {
        return 1;
    }

    /** A YAML or JSON input's weight, from its size: however small, reading a file weighs {@value #DOCUMENT_WEIGHT}. */
    private static int documentWeight(long size) {
        return (int) Math.max(DOCUMENT_WEIGHT, size / DOCUMENT_BYTES_PER_WEIGHT);
    }

    /**
     * One JSON Lines record; {@code belowOpenLine}: the line above it holds text and does not end with `}`, so its
     * record may go on in this one.
     */
    record Line(String source, int number, byte[] bytes, boolean belowOpenLine) implements Work {
        @Override
        public int weight() {
            return 1 + bytes.length / BYTES_PER_WEIGHT;
        }
    }

    /**
     * One CSV row, with its file's header. Each of the header's columns not read makes a warning in every row's
     * report and a text kept to search: 5,000 columns of one letter in 3,000 rows, weighed by their bytes alone, made
     * chunks of 40 MB of report and ran the heap out.
     */
    record Row(String source, CsvRows.Row row, CsvProfiles header) implements Work {
        @Override
        public int weight() {
            return 1 + (row.raw().length() + BYTES_PER_FIELD_NOT_READ * header.columnsNotRead()) / BYTES_PER_WEIGHT;
        }
    }

    /** A small YAML or JSON file, read by the worker: one or more records. */
    record Document(String label, Path path, IntakeFormat format, long size) implements Work {
        @Override
        public int weight() {
            return documentWeight(size);
        }
    }

    /** A small YAML or JSON input already in memory (standard input). */
    record Bytes(String label, byte[] data, IntakeFormat format) implements Work {
        @Override
        public int weight() {
            return documentWeight(data.length);
        }
    }

    /**
     * One record of a large YAML or JSON file, already read on the reading thread. Its warnings and the text of its
     * unknown fields weigh as a CSV row's columns not read do: 775 records of 990 unknown fields each, in an 8 MiB
     * JSON array, weighed one apiece, filled one chunk and ran the heap out.
     */
    record Read(IntakeRecord record) implements Work {
        @Override
        public int weight() {
            if (record.profile() == null) {
                return 1;
            }
            int notRead = record.profile().warnings().size() + record.profile().profile().unknownFields().size();
            return 1 + BYTES_PER_FIELD_NOT_READ * notRead / BYTES_PER_WEIGHT;
        }
    }

    /** An input that yields one error record. */
    record Failed(String source, InvalidInputException error, String inputSha256) implements Work {
    }
}

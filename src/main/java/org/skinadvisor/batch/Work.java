package org.skinadvisor.batch;

import org.skinadvisor.intake.CsvProfiles;
import org.skinadvisor.intake.CsvRows;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.parsing.InvalidInputException;

import java.nio.file.Path;

/** A unit of work handed to a worker: it yields one or more records, in order. */
sealed interface Work {
    /** One JSON Lines record. */
    record Line(String source, int number, byte[] bytes) implements Work {
    }

    /** One CSV row, with its file's header. */
    record Row(String source, CsvRows.Row row, CsvProfiles header) implements Work {
    }

    /** A YAML or JSON file, read by the worker: one or more records. */
    record Document(String label, Path path, IntakeFormat format) implements Work {
    }

    /** YAML or JSON already in memory (standard input). */
    record Bytes(String label, byte[] data, IntakeFormat format) implements Work {
    }

    /** An input that yields one error record. */
    record Failed(String source, InvalidInputException error, String inputSha256) implements Work {
    }
}

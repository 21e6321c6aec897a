package org.skinadvisor.batch;

import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.parsing.InvalidInputException;

import java.nio.file.Path;

/** One thing to read, found by walking the inputs in a stable sorted order. */
public sealed interface InputItem {
    String label();

    /** A regular file of a known intake format, and its size when it was found. */
    record File(String label, Path path, IntakeFormat format, long size) implements InputItem {
    }

    /** Standard input, in a format given or detected. */
    record Stdin(String label) implements InputItem {
    }

    /** An input that cannot be read at all; it becomes one error record. */
    record Broken(String label, InvalidInputException error) implements InputItem {
    }
}

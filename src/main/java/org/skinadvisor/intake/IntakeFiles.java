package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads whole intake files, refusing anything that is not a regular file (opening a named pipe would block). */
public final class IntakeFiles {
    private IntakeFiles() {
    }

    /**
     * The file a command-line argument names. Under the C or POSIX locale the JVM cannot represent a name with
     * characters outside ASCII ({@code Müller.yaml}); that is the user's to fix, so it is said, not a crash.
     */
    public static Path path(String name) throws InvalidInputException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw unreadable("the file name cannot be read in this locale (" + System.getProperty("sun.jnu.encoding")
                    + "): run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
    }

    public static byte[] read(Path file) throws InvalidInputException {
        return read(file, Limits.MAX_FILE_BYTES);
    }

    /** A file of records (a multi-document YAML file, a JSON array) may be larger than one profile. */
    public static byte[] read(Path file, int maxBytes) throws InvalidInputException {
        try {
            if (!Files.isRegularFile(file)) {
                if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                    throw unreadable("dangling symbolic link");
                }
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw unreadable("no such file");
                }
                throw unreadable(Files.isDirectory(file) ? "is a directory" : "not a regular file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readBounded(in, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw unreadable("no such file");
        } catch (AccessDeniedException e) {
            throw unreadable("permission denied");
        } catch (IOException e) {
            throw unreadable("cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    public static byte[] readBounded(InputStream in) throws IOException, InvalidInputException {
        return readBounded(in, Limits.MAX_FILE_BYTES);
    }

    public static byte[] readBounded(InputStream in, int maxBytes) throws IOException, InvalidInputException {
        byte[] data = in.readNBytes(maxBytes + 1);
        if (data.length > maxBytes) {
            throw new InvalidInputException(Problem.LIMIT_EXCEEDED, "larger than " + (maxBytes >> 20)
                    + " MiB (split it, or use JSON Lines for large batches)", 0, 0);
        }
        return data;
    }

    private static InvalidInputException unreadable(String why) {
        return new InvalidInputException(Problem.UNREADABLE, why, 0, 0);
    }
}

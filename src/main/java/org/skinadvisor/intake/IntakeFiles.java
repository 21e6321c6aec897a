package org.skinadvisor.intake;

import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Limits;
import org.skinadvisor.parsing.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads whole intake files, refusing anything that is not a regular file (opening a named pipe would block). */
public final class IntakeFiles {
    private IntakeFiles() {
    }

    public static byte[] read(Path file) throws InvalidInputException {
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
                return readBounded(in);
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
        byte[] data = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
        if (data.length > Limits.MAX_FILE_BYTES) {
            throw new InvalidInputException(Problem.LIMIT_EXCEEDED,
                    "larger than " + (Limits.MAX_FILE_BYTES >> 20) + " MiB: not an intake profile", 0, 0);
        }
        return Arrays.copyOf(data, data.length);
    }

    private static InvalidInputException unreadable(String why) {
        return new InvalidInputException(Problem.UNREADABLE, why, 0, 0);
    }
}

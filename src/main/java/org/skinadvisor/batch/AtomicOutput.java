package org.skinadvisor.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report file that appears whole or not at all: written to a temporary file in the same directory, forced to
 * disk, then renamed over the target. An interrupted run leaves the last good report where it was, and no
 * temporary file unless the process is killed outright (SIGKILL) or the JVM crashes.
 * <p>
 * A device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) has no last good report to keep, and
 * renaming a file over it would remove it (as root, {@code /dev/null} itself): it is written in place, as
 * {@code > /dev/null} writes it.
 */
public final class AtomicOutput implements AutoCloseable {
    /** Linux's own limit on the links followed in resolving one path (ELOOP beyond it). */
    private static final int MAX_LINKS = 40;

    private final Path target;
    /** null when the report is written in place. */
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    /** {@code target} is written through symbolic links: a link to the report stays a link, as with {@code > report}. */
    public AtomicOutput(Path target) throws IOException {
        if (writtenInPlace(target)) {
            // The kernel resolves the name: /dev/stdout's link leads to "pipe:[N]", which is no path.
            this.target = target;
            this.temp = null;
            this.channel = null;
            this.stream = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16);
            return;
        }
        this.target = followLinks(target.toAbsolutePath());
        this.temp = createBeside(this.target);
        // Ctrl-C or a TERM signal ends the JVM without unwinding to close(): its shutdown then removes the
        // unfinished file (after a commit there is nothing left by that name to remove).
        temp.toFile().deleteOnExit();
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        // Opened first: a read-only report's permissions, copied before, would refuse the write to its successor.
        keepPermissionsOf(this.target, temp);
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Whether {@code path}, links followed, is something other than a file or a directory: a device or a pipe. */
    public static boolean writtenInPlace(Path path) {
        return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /**
     * The file a report named {@code path} is written to: the end of its chain of symbolic links (which may not
     * exist yet, for a dangling link), or the path itself. A loop, or a chain as long as Linux refuses, is an error.
     */
    public static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        throw new FileSystemLoopException(path.toString());
    }

    /**
     * A new {@code .NAME.<random>.tmp} beside the target. Not Files.createTempFile, which makes every report
     * owner-only (0600): a new report gets the permissions any new file gets here (the umask's), as
     * {@code > report} would give it.
     */
    private static Path createBeside(Path target) throws IOException {
        while (true) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another run's temporary file: draw another name
            }
        }
    }

    /** A report replaced keeps the permissions it was given (a report shared with a group stays shared). */
    private static void keepPermissionsOf(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    public OutputStream stream() {
        return stream;
    }

    public void commit() throws IOException {
        stream.flush();
        if (temp == null) {
            stream.close();
            committed = true;
            return;
        }
        channel.force(true);
        stream.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    /** Without a commit, the temporary file is removed and the target is untouched. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }
}

package org.skinadvisor.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A report file that appears whole or not at all: written to a temporary file in the same directory, forced to
 * disk, then renamed over the target. An interrupted run leaves the last good report where it was, and no
 * temporary file unless the process is killed outright (SIGKILL) or the JVM crashes.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        // Ctrl-C or a TERM signal ends the JVM without unwinding to close(): its shutdown then removes the
        // unfinished file (after a commit there is nothing left by that name to remove).
        temp.toFile().deleteOnExit();
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    public OutputStream stream() {
        return stream;
    }

    public void commit() throws IOException {
        stream.flush();
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
                Files.deleteIfExists(temp);
            }
        }
    }
}

package org.skinadvisor.report;

import java.io.ByteArrayOutputStream;

/**
 * The output of one chunk of a batch, in memory until it is its turn to be written. A JSON Lines writer hands its
 * bytes over instead of copying them (a copy of every byte of the report cost 3 % of `screen`), and takes this
 * buffer's former array for its next chunk.
 */
public final class ChunkBuffer extends ByteArrayOutputStream {
    public ChunkBuffer(int size) {
        super(size);
    }

    /** Takes {@code bytes} (the first {@code length} of them) as the content of this empty buffer; returns its array. */
    byte[] exchange(byte[] bytes, int length) {
        if (count != 0) {
            throw new IllegalStateException("a chunk buffer takes bytes over only when empty");
        }
        byte[] former = buf;
        buf = bytes;
        count = length;
        return former;
    }
}

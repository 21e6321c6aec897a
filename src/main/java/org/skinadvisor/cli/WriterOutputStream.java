package org.skinadvisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes onto picocli's writer, for in-process runs whose stdout is a writer (tests, tool embedding). */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
        in.put(pending).put(b, off, len).flip();
        while (true) {
            var result = decoder.decode(in, chars, false);
            chars.flip();
            writer.append(chars);
            chars.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        pending = in.slice();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
        if (writer.checkError()) {
            throw new IOException("output closed");
        }
    }
}

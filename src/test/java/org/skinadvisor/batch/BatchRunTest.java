package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skinadvisor.report.JsonLinesFormat;
import org.skinadvisor.report.Stamp;
import org.skinadvisor.screening.Profiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchRunTest {
    @TempDir
    Path dir;

    /** Stands for a pipe whose reader went away (| head -1): every write fails. */
    private static final class ClosedPipe extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    }

    @Test
    void noNumberOfWorkersCanRunTheHeapOut() {
        int processors = Runtime.getRuntime().availableProcessors();
        long byHeap = Runtime.getRuntime().maxMemory() / (30L << 20);
        assertThat(BatchRun.workers(1)).isEqualTo(1);
        assertThat(BatchRun.workers(0)).isEqualTo(1);
        assertThat(BatchRun.workers(100_000)).isEqualTo((int) Math.min(4L * processors, byHeap));
        assertThat(BatchRun.workers(2)).isEqualTo((int) Math.min(2, Math.min(4L * processors, byHeap)));
    }

    @Test
    void anOutputThatClosesEarlyStopsTheRunWithAnOutputFailureNotACrash() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n".repeat(3000));
        BatchRun run = new BatchRun(Profiles.SCREENER, new JsonLinesFormat(new Stamp("test", Profiles.KB)), 2, n -> { });
        assertThatThrownBy(() -> run.run(List.of(in.toString()), new ByteArrayInputStream(new byte[0]), null, new ClosedPipe(), null))
                .isInstanceOf(BatchRun.OutputFailedException.class).hasMessage("Broken pipe");
    }

    @Test
    void aLineLongerThanTheLimitIsAnErrorRecordAndTheNextLineIsStillRead() throws Exception {
        JsonLinesSplitter splitter = new JsonLinesSplitter(new ByteArrayInputStream(
                ("\uFEFF{\"a\":1}\r\n" + "x".repeat(200_000) + "\n{\"b\":2}").getBytes(java.nio.charset.StandardCharsets.UTF_8)), 100_000);
        JsonLinesSplitter.Line first = splitter.next();
        assertThat(new String(first.bytes())).isEqualTo("{\"a\":1}");
        assertThat(splitter.next().tooLong()).isTrue();
        JsonLinesSplitter.Line third = splitter.next();
        assertThat(third.number()).isEqualTo(3);
        assertThat(new String(third.bytes())).isEqualTo("{\"b\":2}");
        assertThat(splitter.next()).isNull();
    }
}

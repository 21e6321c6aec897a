package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `screen` in a JVM of its own with a small heap: what it keeps per record must not add up. */
class BoundedMemoryIT {
    private static final Path JAR = Path.of("target", "skinadvisor.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void longDistinctEntriesAreNotKeptFromRecordToRecord() throws Exception {
        // 8,000 records, each with a distinct 9,000-character condition: 72 MB if each entry were kept.
        Path input = dir.resolve("long-entries.jsonl");
        String filler = "a".repeat(9000);
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 8000; i++) {
                w.write("{\"id\":\"L" + i + "\",\"concerns\":[\"pores\"],\"conditions\":[\"x" + i + " " + filler
                        + "\"],\"medications\":[]}\n");
            }
        }
        Path out = dir.resolve("report.csv");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseParallelGC", "-jar", JAR.toString(), "screen",
                "--format", "csv", input.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        try (var lines = Files.lines(out)) {
            assertThat(lines.count()).isEqualTo(8001);
        }
    }

    @Test
    void theIdsKeptToFindRepeatsStopAtTheirLimitAndTheSummarySaysSo() throws Exception {
        int records = RepeatedIds.LIMIT + 10;
        Path input = dir.resolve("many-ids.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                w.write("{\"id\":\"N" + i + "\",\"concerns\":[\"pores\"]}\n");
            }
            // Repeats of an id within the limit are still found; one past it is not checked.
            w.write("{\"id\":\"N7\",\"concerns\":[\"pores\"]}\n{\"id\":\"N" + (records - 1) + "\",\"concerns\":[\"pores\"]}\n");
        }
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseParallelGC", "-jar", JAR.toString(), "screen",
                "--format", "csv", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String summary = Files.readString(err);
        assertThat(p.exitValue()).as(summary).isZero();
        assertThat(summary).contains("\n  repeated ids       1 record repeats an earlier record's id (the first: N7); "
                + "ids after the first 1,048,576 different ones were not checked\n");
    }
}

package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `screen` in a JVM of its own with a small heap: what it keeps per record must not add up. */
class BoundedMemoryIT {
    private static final Path JAR = Path.of("target", "skinadvisor.jar").toAbsolutePath();

    @TempDir
    Path dir;

    /** A JSON Lines record of a few fields and {@code n} the intake does not have, each holding "v". */
    private static String withUnknownFields(int n) {
        StringBuilder record = new StringBuilder("{\"id\":\"x\",\"concerns\":[\"pores\"]");
        for (int i = 0; i < n; i++) {
            record.append(",\"f").append(i).append("\":\"v\"");
        }
        return record + "}\n";
    }

    /** Runs `screen --format FORMAT input ARGS` with {@code heap}, its report to {@code out}; returns its exit code. */
    private int screen(String heap, String format, Path input, ProcessBuilder.Redirect out, Path err, String... args)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseParallelGC", "-jar", JAR.toString(),
                "screen", "--format", format, input.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

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
        assertThat(screen("-Xmx64m", "csv", input, ProcessBuilder.Redirect.to(out.toFile()), err))
                .as(Files.readString(err)).isZero();
        try (var lines = Files.lines(out)) {
            assertThat(lines.count()).isEqualTo(8001);
        }
    }

    /** An error per list entry: a megabyte line of numbers held half a million, and such a run ran out of heap. */
    @Test
    void aRecordOfHalfAMillionErrorsKeepsItsFirstHundredAndTheRunGoesOn() throws Exception {
        Path input = dir.resolve("numbers.jsonl");
        String numbers = "{\"id\":\"x\",\"concerns\":[" + "1,".repeat(520_000) + "1]}\n";
        Files.writeString(input, numbers.repeat(4) + "{\"id\":\"ok\",\"concerns\":[\"pores\"]}\n");
        Path out = dir.resolve("report.jsonl");
        Path err = dir.resolve("err.txt");
        assertThat(screen("-Xmx256m", "jsonl", input, ProcessBuilder.Redirect.to(out.toFile()), err))
                .as(Files.readString(err)).isEqualTo(1);
        List<String> records = Files.readAllLines(out);
        assertThat(records).hasSize(5);
        assertThat(records.get(0)).contains("\"code\":\"limit_exceeded\"")
                .contains("519,901 more errors from here on, not listed (a record lists its first 100)");
        assertThat(records.get(4)).contains("\"id\":\"ok\"").contains("\"verdict\":\"review\"");
    }

    /** Each unknown field is kept, warned about and searched: 16 records of 90,000 on eight workers ran out of heap. */
    @Test
    void recordsOfSeventyThousandFieldsAreRefusedAndTheRunGoesOn() throws Exception {
        Path input = dir.resolve("fields.jsonl");
        Files.writeString(input, withUnknownFields(70_000).repeat(16));
        Path out = dir.resolve("report.jsonl");
        Path err = dir.resolve("err.txt");
        assertThat(screen("-Xmx256m", "jsonl", input, ProcessBuilder.Redirect.to(out.toFile()), err, "--jobs", "8"))
                .as(Files.readString(err)).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(16)
                .allMatch(l -> l.contains("more than 1,000 fields in one mapping: an intake profile has a few"));
    }

    /**
     * Records of 990 fields the intake does not have: each a warning in the report, ten times the input. Chunks cut
     * by input weight alone held 13 MB of report each, eight workers' worth ran the heap out.
     */
    @Test
    void chunksOfRecordsWithManyUnknownFieldsAreCutByTheReportTheyMake() throws Exception {
        Path input = dir.resolve("unknown-fields.jsonl");
        Files.writeString(input, withUnknownFields(990).repeat(2500));
        Path err = dir.resolve("err.txt");
        assertThat(screen("-Xmx256m", "jsonl", input, ProcessBuilder.Redirect.DISCARD, err, "--jobs", "8"))
                .as(Files.readString(err)).isZero();
        assertThat(Files.readString(err)).contains("2500 assessed, 0 errors, 2475000 warnings");
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
        int exit = screen("-Xmx128m", "csv", input, ProcessBuilder.Redirect.DISCARD, err);
        String summary = Files.readString(err);
        assertThat(exit).as(summary).isZero();
        assertThat(summary).contains("\n  repeated ids       1 record repeats an earlier record's id (the first: N7); "
                + "ids after the first 1,048,576 different ones were not checked\n");
    }
}

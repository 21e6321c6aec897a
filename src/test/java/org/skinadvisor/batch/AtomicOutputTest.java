package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void anUncommittedAtomicOutputLeavesThePreviousReportAndNoTemporaryFile() throws Exception {
        Path report = dir.resolve("report.jsonl");
        Files.writeString(report, "last good report\n");
        try (AtomicOutput out = new AtomicOutput(report)) {
            out.stream().write("half a repo".getBytes());
        }
        assertThat(Files.readString(report)).isEqualTo("last good report\n");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(report);
        }
    }

    @Test
    void aReplacedReportKeepsItsPermissions() throws Exception {
        Path report = Files.writeString(dir.resolve("report.jsonl"), "last good report\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        try (AtomicOutput out = new AtomicOutput(report)) {
            out.stream().write("new report\n".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(report).hasContent("new report");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewReportGetsThePermissionsOfAnyNewFileThere() throws Exception {
        Path other = Files.createFile(dir.resolve("made-by-another-program.txt"));
        Path report = dir.resolve("report.jsonl");
        try (AtomicOutput out = new AtomicOutput(report)) {
            out.commit();
        }
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(other));
    }
}

package org.skinadvisor.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aReportNamedThroughASymbolicLinkIsWrittenWhereTheLinkPointsAndTheLinkStays() throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path today = Files.writeString(reports.resolve("today.jsonl"), "last good report\n");
        Path latest = Files.createSymbolicLink(dir.resolve("latest.jsonl"), Path.of("reports/today.jsonl"));
        try (AtomicOutput out = new AtomicOutput(latest)) {
            out.stream().write("new report\n".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(latest).isSymbolicLink();
        assertThat(today).hasContent("new report");
        try (var listing = Files.list(reports)) {
            assertThat(listing).containsExactly(today);
        }
    }

    @Test
    void aDanglingLinkGetsItsFileAndALoopIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("report.jsonl"), Path.of("not-yet.jsonl"));
        try (AtomicOutput out = new AtomicOutput(link)) {
            out.commit();
        }
        assertThat(link).isSymbolicLink();
        assertThat(dir.resolve("not-yet.jsonl")).isRegularFile();
        Path a = Files.createSymbolicLink(dir.resolve("a.jsonl"), Path.of("b.jsonl"));
        Files.createSymbolicLink(dir.resolve("b.jsonl"), Path.of("a.jsonl"));
        assertThatThrownBy(() -> new AtomicOutput(a)).isInstanceOf(FileSystemLoopException.class);
    }
}

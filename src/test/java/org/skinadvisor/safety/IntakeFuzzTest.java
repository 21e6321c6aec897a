package org.skinadvisor.safety;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.skinadvisor.batch.BatchRun;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.ProfileBinder;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.knowledge.Severity;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.report.JsonLinesFormat;
import org.skinadvisor.report.Stamp;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Check;
import org.skinadvisor.screening.CheckStatus;
import org.skinadvisor.screening.KnowledgeBaseCheck;
import org.skinadvisor.screening.Screener;
import org.skinadvisor.screening.TreatmentAssessment;
import org.skinadvisor.screening.Verdict;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skinadvisor.screening.Profiles.KB;
import static org.skinadvisor.screening.Profiles.SCREENER;

/**
 * Fuzz targets asserting the tool's contract, not just the absence of crashes: every input yields an assessment or
 * the tool's own invalid-input error, within a time bound; no assessment is `suitable` while a contraindication
 * matched; a batch gives exactly one output record per input record. `mvn verify` runs the committed corpus
 * (src/test/resources/.../IntakeFuzzTestInputs); a fuzzing run is started with JAZZER_FUZZ=1 (see the README).
 */
class IntakeFuzzTest {
    /** Generous: it catches hangs, not a slow first call under the fuzzer's instrumentation. */
    private static final long BOUND_NANOS = 10_000_000_000L;
    private static final SingleProfileReader READER = new SingleProfileReader(new ProfileBinder(Set.of("blood-thinners", "keloids")), "one profile");
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "60s")
    void jsonProfile(byte[] data) {
        profileContract(data, IntakeFormat.JSON);
    }

    @FuzzTest(maxDuration = "60s")
    void yamlProfile(byte[] data) {
        profileContract(data, IntakeFormat.YAML);
    }

    /** A YAML file of several documents, as `screen` reads one: every record is its own, with a source of its own. */
    @FuzzTest(maxDuration = "60s")
    void yamlDocuments(byte[] data) throws Exception {
        documentRecords(data, IntakeFormat.YAML);
    }

    /**
     * A JSON file as `screen` reads one: every record has a source of its own, however its brackets slip, and an
     * array a strict parser reads whole gives one record per element.
     */
    @FuzzTest(maxDuration = "60s")
    void jsonArrays(byte[] data) throws Exception {
        int records = documentRecords(data, IntakeFormat.JSON);
        JsonNode whole;
        try {
            whole = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(data);
        } catch (IOException e) {
            return;
        }
        if (whole != null && whole.isArray() && !whole.isEmpty()) {
            assertThat(records).isEqualTo(whole.size());
        }
    }

    private static int documentRecords(byte[] data, IntakeFormat format) throws Exception {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchRun(SCREENER, new JsonLinesFormat(new Stamp("fuzz", KB)), 1, n -> { })
                .run(List.of("-"), new ByteArrayInputStream(data), format, out, null);
        Set<String> sources = new HashSet<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode record = JSON.readTree(line);
            assertThat(sources.add(record.get("source").asText())).as("a source of its own: %s", line).isTrue();
            assertThat(record.has("error") || record.has("treatments")).isTrue();
        }
        assertThat(System.nanoTime() - start).isLessThan(BOUND_NANOS);
        return sources.size();
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLinesAndCsv(byte[] data) throws Exception {
        long start = System.nanoTime();
        for (IntakeFormat format : List.of(IntakeFormat.JSON_LINES, IntakeFormat.CSV)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BatchRun(SCREENER, new JsonLinesFormat(new Stamp("fuzz", KB)), 1, n -> { })
                    .run(List.of("-"), new ByteArrayInputStream(data), format, out, null);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Set<String> sources = new HashSet<>();
            for (String line : lines) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode record = JSON.readTree(line);
                assertThat(sources.add(record.get("source").asText())).as("a source of its own: %s", line).isTrue();
                assertThat(record.has("error") || record.has("treatments")).isTrue();
            }
            if (format == IntakeFormat.JSON_LINES) {
                assertThat(countNonEmpty(lines)).isEqualTo(expectedJsonLines(data));
            }
        }
        assertThat(System.nanoTime() - start).isLessThan(2 * BOUND_NANOS);
    }

    @FuzzTest(maxDuration = "60s")
    void knowledgeBase(byte[] data) {
        long start = System.nanoTime();
        try {
            KnowledgeBase kb = KnowledgeBaseLoader.parse(data, "fuzz");
            KnowledgeBaseCheck.problems(kb);
        } catch (KnowledgeBaseException e) {
            assertThat(e.problems()).isNotEmpty();
        }
        assertThat(System.nanoTime() - start).isLessThan(BOUND_NANOS);
    }

    private static void profileContract(byte[] data, IntakeFormat format) {
        long start = System.nanoTime();
        try {
            ReadProfile read = READER.read(data, format);
            assertSafe(SCREENER, SCREENER.assess(read.profile()));
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isNotNegative();
        }
        assertThat(System.nanoTime() - start).isLessThan(BOUND_NANOS);
    }

    /** The fail-safe contract: suitable only when everything is clear; an absolute match is always contraindicated. */
    static void assertSafe(Screener screener, Assessment a) {
        assertThat(a.treatments()).hasSize(screener.knowledgeBase().treatments().size());
        for (TreatmentAssessment t : a.treatments()) {
            if (t.verdict() == Verdict.SUITABLE) {
                assertThat(t.checks()).allMatch(c -> c.status() == CheckStatus.CLEAR);
            }
            boolean absolute = t.checks().stream().anyMatch((Check c) -> c.status() == CheckStatus.MATCHED
                    && c.applicability().severity() == Severity.ABSOLUTE);
            if (absolute && t.verdict() != Verdict.NOT_INDICATED) {
                assertThat(t.verdict()).isEqualTo(Verdict.CONTRAINDICATED);
            }
        }
    }

    private static int countNonEmpty(String[] lines) {
        int n = 0;
        for (String l : lines) {
            n += l.isEmpty() ? 0 : 1;
        }
        return n;
    }

    /**
     * One record per line that holds anything but blanks, as the splitter sees them; without one, an `empty`
     * record; after a UTF-16 byte-order mark, a NUL beside a letter, digit, sign or a line's white space in the first
     * two bytes, or UTF-32 big-endian's start, one `encoding` record for the whole input.
     */
    private static int expectedJsonLines(byte[] data) {
        if (data.length >= 2 && (data[0] == (byte) 0xFF && data[1] == (byte) 0xFE
                || data[0] == (byte) 0xFE && data[1] == (byte) 0xFF
                || data[0] == 0 && plainAscii(data[1]) || data[1] == 0 && plainAscii(data[0])
                || data.length >= 4 && data[0] == 0 && data[1] == 0
                        && (data[2] == 0 && plainAscii(data[3]) || data[2] == (byte) 0xFE && data[3] == (byte) 0xFF))) {
            return 1;
        }
        int n = 0;
        boolean content = false;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == '\n') {
                n += content ? 1 : 0;
                content = false;
            } else if (data[i] != ' ' && data[i] != '\t' && data[i] != '\r' && !(i < 3 && isBom(data, i))) {
                content = true;
            }
        }
        return Math.max(n, 1);
    }

    private static boolean plainAscii(byte b) {
        return b >= 0x20 && b <= 0x7E || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isBom(byte[] d, int i) {
        return d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF;
    }
}

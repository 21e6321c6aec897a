import org.skinadvisor.intake.Hashes;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeRecord;
import org.skinadvisor.intake.ProfileBinder;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.skinadvisor.report.BatchFormat;
import org.skinadvisor.report.ChunkBuffer;
import org.skinadvisor.report.JsonLinesFormat;
import org.skinadvisor.report.ScreenedRecord;
import org.skinadvisor.report.Stamp;
import org.skinadvisor.screening.Screener;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where `screen`'s time goes per JSON Lines record, next to the baseline's: each stage timed alone on one thread,
 * chunk by chunk over records held in memory, round after round until the compilers are done (the median of the later
 * rounds is printed). `run.sh` times whole runs; this says which stage a change would have to shrink.
 * `java -cp target/skinadvisor.jar:target/bench-classes Stages FILE [ROUNDS]` (the build compiles it).
 */
public class Stages {
    private static final int CHUNK = 1024;
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
    private static final String[] NAMES = {"baseline: Jackson binding", "SHA-256 of the line", "reading",
        "screening", "writing the JSON Lines record"};

    public static void main(String[] args) throws Exception {
        byte[] file = Files.readAllBytes(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        List<byte[]> lines = new ArrayList<>();
        for (int start = 0, end; start < file.length; start = end + 1) {
            end = start;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            lines.add(Arrays.copyOfRange(file, start, end));
        }
        int n = lines.size();
        KnowledgeBase kb = KnowledgeBaseLoader.bundled();
        Screener screener = new Screener(kb);
        SingleProfileReader reader = new SingleProfileReader(new ProfileBinder(kb.questionIds()), "one profile per line");
        BatchFormat format = new JsonLinesFormat(new Stamp("bench", kb));
        String[] hashes = new String[CHUNK];
        IntakeRecord[] read = new IntakeRecord[CHUNK];
        ScreenedRecord[] screened = new ScreenedRecord[CHUNK];
        ChunkBuffer chunk = new ChunkBuffer(1 << 21);
        long[][] nanos = new long[NAMES.length][rounds];
        long bytesOut = 0;
        for (int r = 0; r < rounds; r++) {
            long t = THREAD.getCurrentThreadCpuTime();
            ParseOnly.bind(ParseOnly.JSON_LINES.readValues(file));
            t = lap(nanos[0], r, t);
            // Chunk by chunk of 1,024 records, as `screen`'s workers go: each stage finds the chunk in the cache.
            for (int from = 0; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                for (int i = from; i < to; i++) {
                    hashes[i - from] = Hashes.sha256Prefix(lines.get(i), 0, lines.get(i).length);
                }
                t = lap(nanos[1], r, t);
                for (int i = from; i < to; i++) {
                    read[i - from] = IntakeRecord.valid("bench.jsonl:" + (i + 1),
                            reader.read(lines.get(i), IntakeFormat.JSON), hashes[i - from]);
                }
                t = lap(nanos[2], r, t);
                for (int i = from; i < to; i++) {
                    screened[i - from] = new ScreenedRecord(read[i - from],
                            screener.assess(read[i - from].profile().profile()));
                }
                t = lap(nanos[3], r, t);
                BatchFormat.RecordWriter writer = format.open(chunk);
                for (int i = from; i < to; i++) {
                    writer.write(screened[i - from]);
                }
                writer.finish();
                bytesOut += chunk.size();
                chunk.reset();
                t = lap(nanos[4], r, t);
            }
        }
        System.out.printf("%,d records, %d rounds, %,d bytes written per round; CPU ns per record, median of the "
                + "last %d rounds:%n", n, rounds, bytesOut / rounds, rounds - rounds / 2);
        long screen = 0;
        for (int s = 0; s < NAMES.length; s++) {
            long[] later = Arrays.copyOfRange(nanos[s], rounds / 2, rounds);
            Arrays.sort(later);
            long perRecord = later[later.length / 2] / n;
            screen += s > 0 ? perRecord : 0;
            System.out.printf("  %-30s %,6d%n", NAMES[s], perRecord);
        }
        System.out.printf("  %-30s %,6d%n", "screen's stages together", screen);
    }

    private static long lap(long[] stage, int round, long start) {
        long now = THREAD.getCurrentThreadCpuTime();
        stage[round] += now - start;
        return now;
    }
}

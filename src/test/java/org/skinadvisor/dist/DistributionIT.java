package org.skinadvisor.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The distribution as an administrator installs it: archive, launcher, completion, man pages, Debian package. */
class DistributionIT {
    private static final String VERSION = System.getProperty("skinadvisor.version", "0.1.0");
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    static Path tmp;
    private static Path home;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball = TARGET.resolve("skinadvisor-" + VERSION + ".tar.gz");
        assertThat(tarball).exists();
        assertThat(run(tmp, Map.of(), "tar", "-xzf", tarball.toString()).exit()).isZero();
        home = tmp.resolve("skinadvisor-" + VERSION);
    }

    static Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theArchiveHoldsTheLayout() throws Exception {
        assertThat(home.resolve("bin/skinadvisor")).isExecutable();
        assertThat(home.resolve("lib/skinadvisor.jar")).exists();
        assertThat(home.resolve("conditions.yaml")).hasSameTextualContentAs(Path.of("conditions.yaml"));
        assertThat(home.resolve("README.md")).exists();
        assertThat(home.resolve("LICENSE")).exists();
        assertThat(home.resolve("completion/skinadvisor.bash")).exists();
        try (Stream<Path> man = Files.list(home.resolve("man/man1"))) {
            assertThat(man.map(p -> p.getFileName().toString())).contains("skinadvisor.1", "skinadvisor-check.1",
                    "skinadvisor-screen.1", "skinadvisor-validate.1", "skinadvisor-conditions.1", "skinadvisor-template.1");
        }
        Path zip = TARGET.resolve("skinadvisor-" + VERSION + ".zip");
        assumeTool("unzip");
        Run list = run(tmp, Map.of(), "unzip", "-l", zip.toString());
        assertThat(list.out()).contains("skinadvisor-" + VERSION + "/bin/skinadvisor").contains("/lib/skinadvisor.jar");
    }

    @Test
    void theLauncherRunsFromAnotherDirectoryAndThroughASymlink() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        Run version = run(elsewhere, env, home.resolve("bin/skinadvisor").toString(), "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("skinadvisor " + VERSION).contains("knowledge base 2026.11.29.4");
        Path profile = Files.writeString(elsewhere.resolve("p.yaml"),
                "id: P-1\nconcerns: [acne scars]\nconditions: []\nmedications: [Eliquis]\nfitzpatrick: II\n");
        Path link = Files.createSymbolicLink(elsewhere.resolve("sa"), home.resolve("bin/skinadvisor"));
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 2; i++) { // the first run lists its classes for the archive, the second uses it
            Run check = run(elsewhere, env, link.toString(), "check", "p.yaml", "--format", "json");
            assertThat(check.exit()).as(check.err()).isZero();
            assertThat(check.out()).startsWith("{").contains("\"verdict\" : \"contraindicated\"");
            reports.add(check.out());
            // The launcher runs this test's Java (run() sets JAVA_HOME): an archive before 25, an AOT cache from 25 on.
            awaitArchive(cache.resolve("skinadvisor"), Runtime.version().feature() >= 25 ? ".aot" : ".jsa");
        }
        assertThat(reports.get(1)).isEqualTo(reports.get(0));
        Run noArchive = run(elsewhere, Map.of("SKINADVISOR_CDS", "off"), link.toString(), "check", "p.yaml");
        assertThat(noArchive.out()).contains("MICRONEEDLING: contraindicated");
        Run args = run(elsewhere, env, link.toString(), "check", "--concern", "acne scars", "--concern", "fine  lines",
                "--condition", "none", "--medication", "none", "--fitzpatrick", "II");
        assertThat(args.out()).contains("concern: \"fine  lines\"");
    }

    @Test
    void onJava25OrNewerTheLauncherTrainsAndUsesAnAotCache() throws Exception {
        Path jdk = javaAtLeast(25);
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "no Java 25+ under /usr/lib/jvm");
        Path cache = Files.createDirectories(tmp.resolve("cache25"));
        Path profile = Files.writeString(tmp.resolve("p25.yaml"),
                "id: P-1\nconcerns: [acne scars]\nconditions: []\nmedications: [Eliquis]\nfitzpatrick: II\n");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", jdk.toString());
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 2; i++) { // the first run trains and writes the cache, the second uses it
            Run check = run(tmp, env, home.resolve("bin/skinadvisor").toString(), "check", profile.toString(), "--format", "json");
            assertThat(check.exit()).as(check.err()).isZero();
            reports.add(check.out());
        }
        // The JVM's progress lines while writing the cache must not reach the JSON on standard output.
        assertThat(reports.get(0)).startsWith("{").endsWith("}\n").isEqualTo(reports.get(1));
        try (Stream<Path> archives = Files.list(cache.resolve("skinadvisor"))) {
            assertThat(archives.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".aot"));
        }
    }

    /** Waits until the archive is in place and no background run is still writing one (temporary names). */
    @Test
    void underTheCLocaleAFileNameOutsideAsciiIsReadOrNamedAsTheLocalesFault() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM cannot pass a non-ASCII file name to the launcher");
        Path dir = Files.createDirectories(tmp.resolve("locale"));
        Files.writeString(dir.resolve("M\u00fcller.yaml"), "id: a\nconcerns: [pores]\n");
        Run r = run(dir, Map.of("LC_ALL", "C", "XDG_CACHE_HOME", tmp.resolve("cache-locale").toString()),
                home.resolve("bin/skinadvisor").toString(), "screen", "--format", "csv", "M\u00fcller.yaml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("M\u00fcller.yaml,a,");
        // Without the launcher, the JVM in the C locale cannot name the file: said as such, never an internal error.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run direct = run(dir, Map.of("LC_ALL", "C"), java, "-jar", home.resolve("lib/skinadvisor.jar").toString(),
                "check", "M\u00fcller.yaml");
        assertThat(direct.exit()).as(direct.err()).isEqualTo(1);
        assertThat(direct.err()).contains("the file name cannot be read in this locale").contains("LC_ALL=C.UTF-8")
                .doesNotContain("internal error");
    }

    @Test
    void aScreenStoppedByASignalLeavesTheLastReportAndNoTemporaryFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("interrupted"));
        Path report = Files.writeString(dir.resolve("report.jsonl"), "the last good report\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", home.resolve("lib/skinadvisor.jar").toString(), "screen", "-",
                "--stdin-format", "jsonl", "--output", report.toString())
                .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (java.io.OutputStream in = p.getOutputStream()) {
            in.write("{\"id\":\"a\",\"concerns\":[\"pores\"]}\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            // The run has its temporary file open and waits for more input when the signal comes.
            for (int waited = 0; waited < 300 && listing(dir).size() < 2; waited++) {
                Thread.sleep(100);
            }
            assertThat(listing(dir)).as("a temporary file beside the report").hasSize(2);
            p.destroy(); // SIGTERM, as `kill` and `timeout` send
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(p.exitValue()).isEqualTo(143);
        assertThat(report).hasContent("the last good report");
        assertThat(listing(dir)).containsExactly("report.jsonl");
    }

    /** The shell makes the redirected report before `screen` lists the folder, or appends it to an input. */
    @Test
    void aReportRedirectedByTheShellIsNeverReadBackIn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("redirected/intake"));
        Files.writeString(dir.resolve("p.jsonl"), "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        String launcher = "'" + home.resolve("bin/skinadvisor") + "'";
        Run intoFolder = run(dir.getParent(), Map.of(), "sh", "-c", launcher + " screen intake > intake/report.jsonl");
        assertThat(intoFolder.exit()).as(intoFolder.err()).isZero();
        assertThat(intoFolder.err()).contains("1 record in").contains("skipped 1: the report being written");
        assertThat(Files.readAllLines(dir.resolve("report.jsonl"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("{\"source\":\"intake/p.jsonl:1\""));
        Run ontoInput = run(dir.getParent(), Map.of(), "sh", "-c", launcher + " screen intake/p.jsonl >> intake/p.jsonl");
        assertThat(ontoInput.exit()).isEqualTo(2);
        assertThat(ontoInput.err()).contains("standard output is redirected to one of the inputs (intake/p.jsonl)");
        assertThat(Files.readAllLines(dir.resolve("p.jsonl"))).hasSize(1);
    }

    @Test
    void onATerminalTheReportIsATableEvenWithStandardInputPiped() throws Exception {
        Path script = Path.of("/usr/bin/script");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script)
                && run(tmp, Map.of(), script.toString(), "-q", "-e", "-c", "true", "/dev/null").exit() == 0,
                "util-linux script, and a pseudo-terminal for it, give a run a terminal");
        Path dir = Files.createDirectories(tmp.resolve("terminal"));
        Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        String command = "cat in.jsonl | '" + home.resolve("bin/skinadvisor") + "' screen -";
        Run r = run(dir, Map.of("SKINADVISOR_CDS", "off"), script.toString(), "-q", "-e", "-c", command, "/dev/null");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("SOURCE").contains("<stdin>:1").doesNotContain("{\"source\"");
    }

    @Test
    void aFirstRunReadsStandardInputAndStopsWhenTheLauncherIsSignalled() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("first-run-cache"));
        String line = "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n";
        // A first run (no class-data archive yet) runs the JVM as the launcher's child: standard input reaches it.
        Process piped = firstRun(cache, "piped", ProcessBuilder.Redirect.PIPE);
        try (java.io.OutputStream in = piped.getOutputStream()) {
            in.write(line.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(piped.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(piped.exitValue()).isZero();
        assertThat(new String(piped.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("\n<stdin>:1,a,");
        // Another first run, waiting for input, is stopped by a TERM sent to the launcher, as `timeout` sends it.
        Process waiting = firstRun(Files.createDirectories(tmp.resolve("first-run-cache-2")), "waiting",
                ProcessBuilder.Redirect.DISCARD);
        try (java.io.OutputStream in = waiting.getOutputStream()) {
            in.write(line.getBytes(StandardCharsets.UTF_8));
            in.flush();
            // The launcher's own short-lived children (subshells, `mkdir`, `ls`, `cksum`) come and go before the JVM.
            List<ProcessHandle> jvm = javaUnder(waiting);
            for (int waited = 0; waited < 300 && jvm.isEmpty() && Runtime.version().feature() < 25; waited++) {
                Thread.sleep(100);
                jvm = javaUnder(waiting);
            }
            if (Runtime.version().feature() < 25) {
                assertThat(jvm).as("the JVM under the launcher").isNotEmpty();
            }
            Thread.sleep(1000); // the JVM up and reading
            waiting.destroy();
            assertThat(waiting.waitFor(30, TimeUnit.SECONDS)).as("the launcher stopped with its input still open").isTrue();
            assertThat(waiting.exitValue()).isEqualTo(143);
            for (ProcessHandle h : jvm) {
                assertThat(h.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            }
        }
        try (Stream<Path> left = Files.walk(tmp.resolve("first-run-cache-2"))) {
            assertThat(left.map(Path::toString)).noneMatch(n -> n.endsWith(".classes"));
        }
    }

    /** The launcher on this JVM with an empty cache: on Java 17-24 it runs the JVM as its child to list classes. */
    private static Process firstRun(Path cache, String name, ProcessBuilder.Redirect out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/skinadvisor").toString(), "screen", "-",
                "--stdin-format", "jsonl", "--format", "csv").directory(tmp.toFile())
                .redirectError(tmp.resolve(name + ".err").toFile())
                .redirectOutput(out);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("SKINADVISOR_CDS");
        return pb.start();
    }

    /** The processes under this one that are running a Java executable (not yet a shell forked to start one). */
    private static List<ProcessHandle> javaUnder(Process p) {
        return p.descendants().filter(h -> h.info().command().filter(c -> c.endsWith("/java")).isPresent()).toList();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void awaitArchive(Path dir, String suffix) throws Exception {
        for (int waited = 0; waited < 600; waited++) {
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                if (names.stream().anyMatch(n -> n.endsWith(suffix)) && names.stream().noneMatch(n -> n.contains(suffix + "."))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " archive in " + dir + " after 60 s");
    }

    /** A JDK of at least this feature version installed beside the default one, or null. */
    private static Path javaAtLeast(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> all = Files.list(jvms)) {
            for (Path jdk : all.sorted().toList()) {
                Path release = jdk.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(jdk.resolve("bin/java"))) {
                    String version = Files.readString(release).replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1");
                    if (version.matches("\\d+") && Integer.parseInt(version) >= feature) {
                        return jdk;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void theLauncherRefusesAnOldJavaClearly() throws Exception {
        Path fake = Files.createDirectories(tmp.resolve("oldjava/bin"));
        Path java = fake.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        java.toFile().setExecutable(true);
        Run r = run(tmp, Map.of("JAVA_HOME", fake.getParent().toString()), home.resolve("bin/skinadvisor").toString(), "--version");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("needs Java 17 or newer").contains("version 11");
    }

    @Test
    void theCompletionScriptLoadsAndCompletesSubcommands() throws Exception {
        String source = "source '" + home.resolve("completion/skinadvisor.bash") + "'";
        Run loaded = run(tmp, Map.of(), "bash", "-c", source + " && complete -p skinadvisor");
        assertThat(loaded.exit()).as(loaded.err()).isZero();
        assertThat(loaded.err()).isEmpty();
        assertThat(loaded.out()).contains("skinadvisor");
        // compopt complains outside a real completion; the replies are what bash would offer
        String script = source + " && "
                + "COMP_WORDS=(skinadvisor sc); COMP_CWORD=1; _complete_skinadvisor 2>/dev/null; echo \"${COMPREPLY[@]}\"; "
                + "COMP_WORDS=(skinadvisor screen --format ''); COMP_CWORD=3; _complete_skinadvisor 2>/dev/null; echo \"${COMPREPLY[@]}\"";
        Run r = run(tmp, Map.of(), "bash", "-c", script);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("screen");
        assertThat(lines.get(1).split(" ")).containsExactlyInAnyOrder("jsonl", "csv", "text");
    }

    /** A machine without the tool skips that check rather than failing the build; this project's machines have them. */
    private static void assumeTool(String tool) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(run(tmp, Map.of(), "sh", "-c", "command -v " + tool).exit() == 0,
                tool + " is not installed");
    }

    @Test
    void everyManPageRenders() throws Exception {
        assumeTool("man");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> man = Files.list(home.resolve("man/man1"))) {
            man.forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        for (Path page : pages) {
            Run r = run(tmp, Map.of("MANWIDTH", "80", "MAN_KEEP_FORMATTING", "0"), "man", "-l", "-P", "cat", page.toString());
            assertThat(r.exit()).as(page + ": " + r.err()).isZero();
            String text = r.out().replaceAll(".\b", ""); // man marks bold by overstriking
            assertThat(text).as(page.toString()).contains("NAME").contains("SYNOPSIS").contains("skinadvisor");
        }
    }

    @Test
    void theDebianPackageHoldsTheExpectedPaths() throws Exception {
        assumeTool("dpkg-deb");
        Path deb = TARGET.resolve("skinadvisor_" + VERSION + "_all.deb");
        Run contents = run(tmp, Map.of(), "dpkg-deb", "-c", deb.toString());
        assertThat(contents.exit()).as(contents.err()).isZero();
        assertThat(contents.out()).contains("./usr/share/skinadvisor/lib/skinadvisor.jar")
                .contains("./usr/share/skinadvisor/bin/skinadvisor").contains("./usr/bin/skinadvisor -> /usr/share/skinadvisor/bin/skinadvisor")
                .contains("./usr/share/man/man1/skinadvisor-check.1").contains("./usr/share/bash-completion/completions/skinadvisor")
                .contains("./usr/share/skinadvisor/conditions.yaml");
        Run info = run(tmp, Map.of(), "dpkg-deb", "-f", deb.toString(), "Depends", "Version");
        assertThat(info.out()).contains("java17-runtime-headless").contains("Version: " + VERSION);
        assertThat(new String(Files.readAllBytes(deb), StandardCharsets.ISO_8859_1)).startsWith("!<arch>");
    }
}

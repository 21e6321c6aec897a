package org.skinadvisor.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import org.skinadvisor.intake.FormatClues;
import org.skinadvisor.intake.Hashes;
import org.skinadvisor.intake.IntakeFiles;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.IntakeProfile;
import org.skinadvisor.intake.ProfileBinder;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.intake.SkinType;
import org.skinadvisor.intake.StdinFormat;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.Problem;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.parsing.Utf8Text;
import org.skinadvisor.report.JacksonSink;
import org.skinadvisor.report.JsonReport;
import org.skinadvisor.report.SafeText;
import org.skinadvisor.report.Stamp;
import org.skinadvisor.report.TextReport;
import org.skinadvisor.screening.Assessment;
import org.skinadvisor.screening.Screener;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** One patient: from a YAML/JSON file, from stdin, or from flags. */
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    private final SkinAdvisor root;
    /** The --save file could not be written: the exit status says so after the assessment. */
    private boolean saveFailed;

    private final CommandSpec spec = Commands.create(this, "check",
            new String[] {"Assess one intake profile for microneedling and microdermabrasion.",
                "Give a YAML or JSON file, - for standard input, or the profile as flags.",
                "A list that is not given is unknown (the verdict is review, with the question to ask);"
                    + " say 'none' to record that it was asked and there is none."},
            "  skinadvisor check --concern \"acne scars\" --condition none \\", "      --medication warfarin",
            "  skinadvisor check P-0042.yaml --format json",
            "  cat P-0042.json | skinadvisor check -");

    private final KnowledgeBaseOption knowledgeBase = new KnowledgeBaseOption(spec);

    private final PositionalParamSpec profileFile = Commands.parameter(spec, PositionalParamSpec.builder()
            .arity("0..1").paramLabel("FILE").type(String.class)
            .description("Intake profile (YAML or JSON), or - for standard input."));

    private final OptionSpec concern = Commands.option(spec, OptionSpec.builder("--concern").paramLabel("TEXT")
            .type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
            .description("A cosmetic concern, e.g. \"acne scars\" (repeatable)."));

    private final OptionSpec condition = Commands.option(spec, OptionSpec.builder("--condition").paramLabel("TEXT")
            .type(List.class).auxiliaryTypes(String.class)
            .description("A diagnosis, history item or therapy (repeatable); --condition none: asked, none."));

    private final OptionSpec medication = Commands.option(spec, OptionSpec.builder("--medication").paramLabel("TEXT")
            .type(List.class).auxiliaryTypes(String.class)
            .description("A current or recent medicine, brand or generic (repeatable); --medication none: asked, none."));

    private final OptionSpec fitzpatrick = Commands.option(spec, OptionSpec.builder("--fitzpatrick")
            .paramLabel("TYPE").type(String.class).description("Fitzpatrick skin type, I-VI or 1-6 or a range such as III-IV."));

    private final OptionSpec recordId = Commands.option(spec, OptionSpec.builder("--id").paramLabel("ID")
            .type(String.class).defaultValue("command-line")
            .description("Patient or record id (default: ${DEFAULT-VALUE})."));

    private final OptionSpec interactive = Commands.option(spec, OptionSpec.builder("-i", "--interactive")
            .type(boolean.class).initialValue(false)
            .description("Ask for the concerns and each screening question on the terminal (or read the answers"
                    + " piped on standard input: concerns one per line, an empty line, then one answer per question)."));

    private final OptionSpec save = Commands.option(spec, OptionSpec.builder("--save").paramLabel("FILE")
            .type(Path.class).description("With --interactive and --id: write the collected answers as that patient's intake profile,"
                    + " to a new file (an existing one is never overwritten)."));

    private final OptionSpec format = Commands.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(Format.class).defaultValue("text")
            .description("Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));

    /** The profile file as read, for the JSON stamp's SHA-256; null for a profile given as flags. */
    private byte[] input;

    CheckCommand(SkinAdvisor root) {
        this.root = root;
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        KnowledgeBase kb = knowledgeBase.load();
        Screener screener = new Screener(kb);
        Set<String> questions = kb.questionIds();
        ReadProfile read;
        String file = profileFile.getValue();
        String name = file == null ? "command line" : file.equals("-") ? "<stdin>" : file;
        boolean guided = interactive.<Boolean>getValue();
        if (save.getValue() != null && !guided) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--save writes the answers --interactive collects: add --interactive, or leave --save out");
        }
        try {
            if (guided) {
                read = guided(file, screener);
                if (read == null) {
                    return ExitCode.USAGE.code();
                }
            } else {
                read = file != null ? readFile(file, questions) : fromFlags();
            }
        } catch (InvalidInputException e) {
            Reporting.invalid(spec.commandLine().getErr(), name, e);
            return ExitCode.INVALID_INPUT.code();
        }
        Assessment a = screener.assess(read.profile());
        PrintWriter out = spec.commandLine().getOut();
        if (format.getValue() == Format.json) {
            try (JsonGenerator g = SafeParsers.jsonFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                JacksonSink sink = new JacksonSink(g);
                JsonReport.writeFields(sink, a, read.profile().notesToRead(), read.warnings(), kb);
                // Hashed only here: the first digest in a JVM costs a text check ~40 ms of provider set-up.
                String inputHash = input == null ? null : Hashes.sha256Prefix(input, 0, input.length);
                new Stamp(VersionInfo.toolVersion(), kb).write(sink, inputHash);
                g.writeEndObject();
            }
            out.println();
        } else {
            out.print(TextReport.render(a, read.profile().notesToRead(), read.warnings(), kb,
                    root.terminal().colour()));
        }
        out.flush();
        return saveFailed ? ExitCode.OUTPUT_FAILED.code() : ExitCode.OK.code();
    }

    /** Whether any part of the profile was given as flags. */
    private boolean profileFlagsGiven() {
        return !concern.<List<String>>getValue().isEmpty() || condition.getValue() != null
                || medication.getValue() != null || fitzpatrick.getValue() != null;
    }

    private ReadProfile guided(String file, Screener screener) throws IOException {
        if (file != null || profileFlagsGiven()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interactive asks for the profile: give no FILE or profile flags");
        }
        String id = patientId();
        Path saveTo = save.getValue();
        if (saveTo != null) {
            refuseBeforeAsking(saveTo);
        }
        PrintWriter err = spec.commandLine().getErr();
        BufferedReader in = new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8));
        IntakeProfile profile;
        try {
            profile = new GuidedCheck(screener, in, err, root.terminal().stdin()).run(idGiven() ? id : "interactive");
        } catch (GuidedCheck.Refused e) {
            err.println("skinadvisor: " + e.getMessage());
            err.flush();
            return null;
        }
        if (saveTo != null) {
            save(saveTo, profile, screener.knowledgeBase(), err);
        }
        return new ReadProfile(profile, List.of());
    }

    /**
     * A --save file that could not be written is found out before the clinician answers a single question. It
     * must be new: an intake profile (another patient's, as likely as not) is never overwritten.
     */
    private void refuseBeforeAsking(Path saveTo) {
        if (!idGiven()) {
            // Without it every saved profile would be "interactive": one patient's answers read later as another's.
            throw new CommandLine.ParameterException(spec.commandLine(), "--save needs --id: a saved intake profile"
                    + " names its patient");
        }
        if (Files.exists(saveTo, LinkOption.NOFOLLOW_LINKS)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save: " + saveTo
                    + " exists; name a new file (an intake profile is never overwritten)");
        }
        Path parent = saveTo.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save: no such directory: " + parent);
        }
    }

    /**
     * On failure the answers go to standard error, to be saved by hand, so none typed is lost; the assessment is
     * still printed, and the exit status says the file is missing.
     */
    private void save(Path saveTo, IntakeProfile profile, KnowledgeBase kb, PrintWriter err) {
        String yaml = GuidedCheck.yaml(profile, kb);
        String why;
        try {
            Files.writeString(saveTo, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            err.println("skinadvisor: saved to " + SafeText.terminal(saveTo.toString()));
            err.flush();
            return;
        } catch (FileAlreadyExistsException e) {
            why = "it appeared while the questions were asked, and is left as it is";
        } catch (IOException e) {
            why = e.getClass().getSimpleName();
            try {
                Files.deleteIfExists(saveTo); // a half-written profile would read as a complete one
            } catch (IOException ignored) {
                // nothing was left, or nothing can be done about it; the message below says the file is not saved
            }
        }
        saveFailed = true;
        err.println("skinadvisor: could not save to " + SafeText.terminal(saveTo.toString()) + " (" + why
                + "); the answers, to save by hand:");
        yaml.lines().forEach(line -> err.println(SafeText.terminal(line)));
        err.flush();
    }

    private ReadProfile readFile(String file, Set<String> questions) throws InvalidInputException, IOException {
        if (profileFlagsGiven()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give the profile either as a FILE or as --concern/--condition/--medication flags, not both");
        }
        byte[] data;
        IntakeFormat format;
        if (file.equals("-")) {
            data = IntakeFiles.readBounded(root.stdin());
            InvalidInputException wide = Utf8Text.wideText(data, data.length, "standard input");
            if (wide != null) {
                throw wide;
            }
            // A CSV export piped in is refused with where to send it, not read as YAML ("expected an intake profile").
            format = StdinFormat.detect(data) == IntakeFormat.CSV ? IntakeFormat.CSV : IntakeFormat.byContent(data);
        } else {
            Path path = IntakeFiles.path(file);
            if (Files.isDirectory(path)) {
                // A folder of intakes is screen's input: "is a directory" alone left the user to guess the command.
                throw new InvalidInputException(Problem.UNREADABLE, "is a directory: `check` reads one profile; use"
                        + " `screen` for a folder of intake files", 0, 0);
            }
            data = IntakeFiles.read(path);
            String name = path.getFileName().toString();
            String kind = IntakeFormat.notReadHere(name);
            if (kind != null) {
                throw new InvalidInputException(Problem.UNSUPPORTED_FORMAT, "not an intake profile: " + kind, 0, 0);
            }
            IntakeFormat byName = IntakeFormat.byName(name);
            format = byName != null ? byName : IntakeFormat.byContent(data);
        }
        input = data;
        try {
            return new SingleProfileReader(new ProfileBinder(questions),
                    "`check` reads one profile; use `screen` for several: a JSON array, JSON Lines, YAML documents")
                    .read(data, format);
        } catch (InvalidInputException e) {
            throw FormatClues.said(format, data, e);
        }
    }

    private ReadProfile fromFlags() {
        List<String> concerns = entries(concern, "--concern");
        if (concerns.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no profile given: name a FILE (or - for standard input), or at least one --concern");
        }
        SkinType type = null;
        String skinType = fitzpatrick.getValue();
        if (skinType != null) {
            type = SkinType.parse(skinType);
            if (type == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--fitzpatrick must be a skin type I-VI or 1-6 or a range such as III-IV; leave it out when it is not known");
            }
        }
        return new ReadProfile(new IntakeProfile(patientId(), concerns,
                IntakeProfile.noneAware("conditions", entries(condition, "--condition")),
                IntakeProfile.noneAware("medications", entries(medication, "--medication")), null, type, null,
                Map.of()), List.of());
    }

    private boolean idGiven() {
        return !recordId.originalStringValues().isEmpty();
    }

    /** --id stripped, as a file's id is, and refused when blank, as a file's blank id is. */
    private String patientId() {
        String id = recordId.<String>getValue().strip();
        if (id.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--id must be non-empty text");
        }
        return id;
    }

    /** A flag's values stripped as a file's entries are, and refused when blank, as a file's empty entry is. */
    private List<String> entries(OptionSpec option, String flag) {
        List<String> given = option.getValue();
        if (given == null) {
            return null;
        }
        List<String> stripped = given.stream().map(String::strip).toList();
        if (stripped.contains("")) {
            throw new CommandLine.ParameterException(spec.commandLine(), flag + " has an empty value: name the "
                    + flag.substring(2) + (flag.equals("--concern") ? "" : ", or say none"));
        }
        return stripped;
    }
}

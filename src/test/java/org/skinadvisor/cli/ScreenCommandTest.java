package org.skinadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Cli.write(dir, name, content);
    }

    private static List<String> lines(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /** The rows of a CSV report, each from its source's file name on. */
    private static List<String> rowsByName(Cli.Result r) {
        return r.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf('/') + 1)).toList();
    }

    /** Each row's source and id. */
    private static List<String> sourcesAndIds(List<String> rows) {
        return rows.stream().map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))).toList();
    }

    /** The JSON Lines report of an input with an error in it, once the run has exited 1 for it. */
    private static List<String> errorReport(Path input) {
        Cli.Result r = Cli.run("screen", input.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        return lines(r.out());
    }

    /** The rows of `screen --format text` for one input, its header first. */
    private static List<String> table(Path input) {
        return lines(Cli.run("screen", input.toString(), "--format", "text").out());
    }

    @Test
    void readsEveryFormatAndWritesOneRecordPerInputRecordInOrder() throws Exception {
        file("in/a.yaml", "id: a\nconcerns: [acne scars]\nconditions: []\nmedications: [warfarin]\nfitzpatrick: II\n");
        file("in/b.yml", "id: b1\nconcerns: [pores]\n---\nid: b2\nconcerns: [wrinkles]\n");
        file("in/c.json", "{\"id\": \"c\", \"concerns\": [\"striae\"]}");
        file("in/d.json", "[{\"id\": \"d1\", \"concerns\": [\"pores\"]}, {\"id\": \"d2\", \"concerns\": [\"pores\"]}]");
        file("in/e.jsonl", "{\"id\":\"e1\",\"concerns\":[\"pores\"]}\n\n{\"id\":\"e2\",\"concerns\":[\"pores\"]}\n");
        file("in/f.csv", "id,concerns,conditions,medications\nf1,acne scars;pores,,\nf2,wrinkles,eczema,\n");
        Cli.Result r = Cli.run("screen", dir.resolve("in").toString(), "--format", "jsonl");
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> out = lines(r.out());
        String in = dir.resolve("in").toString();
        assertThat(out).hasSize(10);
        assertThat(out).extracting(l -> l.substring(0, l.indexOf("\",\"id\"")))
                .containsExactly("{\"source\":\"" + in + "/a.yaml", "{\"source\":\"" + in + "/b.yml#1",
                        "{\"source\":\"" + in + "/b.yml#2", "{\"source\":\"" + in + "/c.json",
                        "{\"source\":\"" + in + "/d.json#1", "{\"source\":\"" + in + "/d.json#2",
                        "{\"source\":\"" + in + "/e.jsonl:1", "{\"source\":\"" + in + "/e.jsonl:3",
                        "{\"source\":\"" + in + "/f.csv:2", "{\"source\":\"" + in + "/f.csv:3");
        assertThat(out.get(0)).contains("\"id\":\"a\"").contains("\"verdict\":\"contraindicated\"")
                .contains("\"stamp\":{\"tool\":\"0.1.0\",\"knowledgeBase\":\"2026.11.29.4\",\"knowledgeBaseSha256\":\"");
        assertThat(r.err()).contains("10 records").contains("10 assessed, 0 errors");
    }

    @Test
    void csvEmptyCellMeansNoneAndMissingColumnMeansUnknown() throws Exception {
        Path csv = file("x.csv", "id,concerns,conditions,fitzpatrick\nx1,acne scars,,II\n");
        String out = Cli.run("screen", csv.toString(), "--format", "jsonl").out();
        assertThat(out).contains("\"verdict\":\"review\"").contains("\"questions\":[\"blood-thinners\",\"high-dose-steroids\",\"acne-medication\"");
        assertThat(out).doesNotContain("\"bleeding-disorder\"");
    }

    /**
     * An entry no rule recognises leaves its list's questions open, so a form's written-out none must read as none in
     * every format; "no meds" says nothing of conditions.
     */
    @Test
    void aWrittenOutNoneIsAskedNoneInEveryFormatAndOnlyOfItsOwnList() throws Exception {
        Path jsonl = file("n.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"],\"conditions\":[\"None known\"],"
                + "\"medications\":[\"no meds\"],\"fitzpatrick\":\"II\"}\n"
                + "{\"id\":\"b\",\"concerns\":[\"pores\"],\"conditions\":[\"no meds\"],\"medications\":[],"
                + "\"fitzpatrick\":\"II\"}\n");
        Path yaml = file("n.yaml", "id: c\nconcerns: [pores]\nconditions: [no past medical history]\n"
                + "medications: [nil known]\nfitzpatrick: II\n");
        Path csv = file("n.csv", "id,concerns,conditions,medications,fitzpatrick\nd,pores,no PMH,none currently,II\n");
        List<String> rows = lines(Cli.run("screen", jsonl.toString(), yaml.toString(), csv.toString(), "--format", "csv")
                .out());
        assertThat(rows.get(1)).startsWith(jsonl + ":1,a,microdermabrasion,suitable,suitable,");
        assertThat(rows.get(2)).startsWith(jsonl + ":2,b,,review,review,")
                .contains(",conditions: recorded with an entry no rule recognises,");
        assertThat(rows.get(3)).startsWith(yaml + ",c,microdermabrasion,suitable,suitable,");
        assertThat(rows.get(4)).startsWith(csv + ":2,d,microdermabrasion,suitable,suitable,");
    }

    @Test
    void aCsvColumnTheIntakeDoesNotHaveIsAskedAboutWhenItNamesAContraindicationNeverLeftSuitable() throws Exception {
        Path csv = file("extra.csv", "id,concerns,conditions,medications,fitzpatrick,pregnant,email\n"
                + "a,acne scars,,,II,expecting a baby,a@example.org\nb,acne scars,,,II,,b@example.org\n"
                + "c,acne scars,,,II,yes,\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        List<String> rows = lines(r.out());
        assertThat(rows.get(1)).startsWith(csv + ":2,a,,review,review,microneedling:pregnancy;microdermabrasion:pregnancy,"
                + "the field `pregnant` is not one the rules read: Is the patient pregnant or breastfeeding?,");
        assertThat(rows.get(2)).as("an empty cell, and an e-mail address, name nothing")
                .startsWith(csv + ":3,b,microneedling,suitable,suitable,,,");
        assertThat(rows.get(3)).as("a yes under a question's near name").startsWith(csv + ":4,c,,review,review,"
                + "microneedling:pregnancy;microdermabrasion:pregnancy,\"`pregnant` may be the question pregnancy, which");
        String jsonl = Cli.run("screen", csv.toString(), "--format", "jsonl").out();
        assertThat(jsonl).contains("\"match\":\"probable\",\"field\":\"unknown field\",\"matched\":\"pregnant:"
                + " expecting a baby\",\"term\":\"pregnant\"");
    }

    @Test
    void aCsvColumnNamedByAScreeningQuestionAnswersIt() throws Exception {
        Path csv = file("answers.csv", "id,concerns,fitzpatrick,medications,blood-thinners,pregnancy\n"
                + "a,acne scars,II,,,\nb,acne scars,II,,no,no\nc,acne scars,II,warfarin,no,\n");
        List<String> rows = lines(Cli.run("screen", csv.toString(), "--format", "csv").out());
        assertThat(rows.get(1)).as("without conditions, the questions stay open").contains(",review,review,")
                .contains("pregnancy");
        assertThat(rows.get(2)).as("answered no, with no conditions column").doesNotContain("blood-thinners")
                .doesNotContain(";pregnancy").endsWith(";skin-type,conditions: not recorded,microneedling:anticoagulants;"
                        + "microneedling:pregnancy;microdermabrasion:anticoagulants;microdermabrasion:pregnancy,,,,,\r");
        assertThat(table(csv).get(3)).contains("contraindicated").contains("(answered no, yet found: blood-thinners)");
    }

    @Test
    void aCsvSkinTypeWrittenAsUnknownIsAnErrorSayingToLeaveTheCellEmpty() throws Exception {
        Path csv = file("x.csv", "id,concerns,conditions,medications,fitzpatrick\nx1,acne scars,,,unknown\nx2,acne scars,,,\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(lines(r.out()).get(1)).contains(",2:17: `fitzpatrick` must be a skin type I-VI (or 1-6) or a "
                + "range such as III-IV; leave the cell empty when it is not known");
        assertThat(lines(r.out()).get(2)).startsWith(csv + ":3,x2,,review,review,");
    }

    @Test
    void badRecordsBecomeErrorRecordsAndTheRunGoesOn() throws Exception {
        Path jsonl = file("b.jsonl", String.join("\n",
                "{\"id\":\"ok1\",\"concerns\":[\"pores\"]}",
                "{\"id\": }",
                "{\"id\":\"t\",\"concerns\":\"pores\"}",
                "{\"id\":\"m\"}",
                "{\"id\":\"d\",\"concerns\":[\"pores\"],\"id\":\"e\"}",
                "{\"id\":\"ok2\",\"concerns\":[\"pores\"]}") + "\n");
        Cli.Result r = Cli.run("screen", jsonl.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(6);
        assertThat(out.get(0)).contains("\"id\":\"ok1\"");
        assertThat(out.get(1)).contains(":2\",\"error\":\"2:").contains("\"code\":\"syntax\"");
        assertThat(out.get(2)).contains("\"code\":\"type\"");
        assertThat(out.get(3)).contains("\"code\":\"missing_field\"");
        assertThat(out.get(4)).contains("\"code\":\"duplicate_key\"");
        assertThat(out.get(5)).contains("\"id\":\"ok2\"");
        assertThat(r.err()).contains("6 records").contains("2 assessed, 4 errors")
                .contains("\n  errors             syntax 1, duplicate_key 1, type 1, missing_field 1 (the first: " + jsonl + ":2)\n");
    }

    /** One run shows every error to fix: the record's first error leads, its others follow in each format. */
    @Test
    void anErrorRecordCarriesTheRecordsOtherErrorsInEveryFormat() throws Exception {
        Path jsonl = file("several.jsonl", "{\"id\":\"P-1\",\"concerns\":\"pores\",\"age\":\"x\",\"fitzpatrick\":9}\n"
                + "{\"id\":\"P-2\",\"concerns\":\"pores\"}\n");
        Path yaml = file("several.yaml", "id: P-3\nconcerns: acne\nconditions: none\n");
        List<String> records = lines(Cli.run("screen", jsonl.toString(), yaml.toString(), "--format", "jsonl").out());
        assertThat(records.get(0)).contains("\"error\":\"1:24: `concerns` must be a list", "\"otherErrors\":[{\"error\":"
                + "\"1:38: `age` must be a whole number of years from 0 to 130 written in plain digits\",\"code\":\"type\","
                + "\"line\":1,\"column\":38},{\"error\":\"1:56: `fitzpatrick` must be a skin type", "\"column\":56}],\"stamp\"");
        assertThat(records.get(1)).as("one error, no others").contains("\"column\":24,\"otherErrors\":[],\"stamp\"");
        assertThat(records.get(2)).contains("\"line\":2,\"column\":11,\"otherErrors\":[{\"error\":\"3:13: `conditions` must");

        List<String> rows = Cli.run("screen", jsonl.toString(), "--format", "csv").out().lines().toList();
        assertThat(rows.get(1)).endsWith(",\"1:24: `concerns` must be a list, e.g. concerns: [...] | 1:38: `age` must be a "
                + "whole number of years from 0 to 130 written in plain digits | 1:56: `fitzpatrick` must be a skin type I-VI "
                + "(or 1-6) or a range such as III-IV; leave it out when it is not known\"");
        assertThat(rows.get(2)).endsWith(",\"2:24: `concerns` must be a list, e.g. concerns: [...]\"");

        List<String> table = table(jsonl);
        assertThat(table.get(1)).endsWith(" (and 2 more errors: `skinadvisor validate` lists them)");
        assertThat(table.get(2)).endsWith("error: 2:24: `concerns` must be a list, e.g. concerns: [...]");
        assertThat(table(yaml).get(1)).endsWith(" (and 1 more error: `skinadvisor validate` lists them)");
    }

    /** The run's size and time on a line of their own, so that the first lines fit a terminal's 80 columns. */
    @Test
    void theSummarySaysTheRunsSizeAndTimeThenItsCountsInTheLayoutOfTheLinesBelow() throws Exception {
        Path csv = file("nomeds.csv", "id,concerns,conditions,fitzpatrick\nA,pores,,II\nB,acne scars,hypertension,III\n");
        List<String> summary = Cli.run("screen", csv.toString(), "--format", "jsonl").err().lines().toList();
        assertThat(summary.get(0)).matches("skinadvisor: 2 records in \\d+\\.\\d\\d s \\(\\d+ records/s\\)");
        assertThat(summary.get(1)).isEqualTo("  records            2 assessed, 0 errors, 0 warnings, 0 files skipped");
        assertThat(summary.get(2)).startsWith("  microneedling      not-indicated 0, ");
    }

    @Test
    void theSummaryNamesTheFirstErrorRecordInInputOrderOverManyChunksAndWorkers() throws Exception {
        String records = IntStream.range(0, 5000).mapToObj(i -> i == 3100 || i == 4000 ? "{\"id\": }\n"
                : i == 2600 ? "{\"id\":\"x\",\"concerns\":\"pores\"}\n" : "{\"id\":\"R-" + i + "\",\"concerns\":[\"pores\"]}\n")
                .collect(Collectors.joining());
        Path many = file("many.jsonl", records);
        Cli.Result r = Cli.run("screen", many.toString(), "--jobs", "3", "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("\n  errors             syntax 2, type 1 (the first: " + many + ":2601)\n");
        Path clean = file("clean.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        assertThat(Cli.run("screen", clean.toString(), "--format", "jsonl").err()).doesNotContain("errors  ");
    }

    @Test
    void anErrorRecordNamesItsPatientWhenTheRecordNamesOnePlainly() throws Exception {
        Path jsonl = file("n.jsonl", String.join("\n",
                "{\"id\":\"P-7\",\"concerns\":[\"pores\"],\"medications\":\"warfarin\"}",
                "{\"id\":\"P-8\",\"concerns\":[\"acne",
                "{\"id\":\"A\",\"concerns\":[],\"id\":\"B\"}",
                "{\"concerns\":[\"pores\"]}") + "\n");
        List<String> out = lines(Cli.run("screen", jsonl.toString(), "--format", "jsonl").out());
        assertThat(out.get(0)).contains("n.jsonl:1\",\"id\":\"P-7\",\"error\":\"1:");
        assertThat(out.get(1)).contains("n.jsonl:2\",\"id\":\"P-8\",\"error\":\"2:");
        assertThat(out.get(2)).contains("n.jsonl:3\",\"error\":");
        assertThat(out.get(3)).contains("n.jsonl:4\",\"error\":");
        assertThat(table(jsonl).get(1)).contains("P-7").contains("error: 1:");

        Path yaml = file("n.yaml", "id: Y-1\nconcerns: [pores]\nmedications: warfarin\n---\nid: Y-2\nconcerns: [pores\n");
        List<String> documents = lines(Cli.run("screen", yaml.toString(), "--format", "jsonl").out());
        assertThat(documents.get(0)).contains("n.yaml#1\",\"id\":\"Y-1\",\"error\":");
        assertThat(documents.get(1)).contains("n.yaml#2\",\"id\":\"Y-2\",\"error\":");
        Path array = file("n.json", "[{\"id\":\"J-1\",\"concerns\":[]},{\"id\":\"J-2\",\"concerns\":[\"pores\"]}]");
        assertThat(lines(Cli.run("screen", array.toString(), "--format", "jsonl").out()).get(0))
                .contains("n.json#1\",\"id\":\"J-1\",\"error\":");

        Path csv = file("n.csv", "id,concerns,age\nC-1,pores,200\nC-2,pores\n");
        List<String> rows = lines(Cli.run("screen", csv.toString(), "--format", "csv").out());
        assertThat(rows.get(1)).startsWith(csv + ":2,C-1,,").contains("`age` must be");
        assertThat(rows.get(2)).startsWith(csv + ":3,,,").contains("row has 2 cells but the header has 3");
    }

    @Test
    void aJsonLinesErrorAfterABareCarriageReturnIsPlacedInTheFileAndSaysWhy() throws Exception {
        Path jsonl = file("cr.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\r{\"id\":\"b\",\"concerns\":[\"pores\"]}\n"
                + "{\"id\":\"c\",\"concerns\":[\"pores\"]}\n");
        Cli.Result r = Cli.run("screen", jsonl.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(1)).contains("cr.jsonl:1,").contains("1:33: unexpected content after the profile: another profile follows"
                + " (JSON Lines holds one profile per line) (this line holds a carriage return without a line feed: JSON Lines lines end in LF or CRLF)");
        assertThat(out.get(2)).contains("cr.jsonl:2,c,");
    }

    @Test
    void aJsonLinesRecordSplitByALineBreakIsSaidAsSplitInEachOfItsLines() throws Exception {
        Path jsonl = file("split.jsonl", "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"notes\":\"seen in March\n"
                + "and April\"}\n"
                + "{\"id\":\"P-2\",\"concerns\":[\"pores\"],\n"
                + "  \"medications\":[\"warfarin\"]}\n"
                + "{\"id\":\"P-3\",\"concerns\":[\"pores\"]}  \n"
                + "]\n");
        List<String> out = errorReport(jsonl);
        assertThat(out).hasSize(6);
        String nextLine = " (does the record go on in the next line? A JSON Lines record is written on one line, a line"
                + " break in its text as \\\\n)";
        String lineAbove = "the line above does not end with `}`: does it go on in this one? A JSON Lines record is"
                + " written on one line";
        assertThat(out.get(0)).contains("\"id\":\"P-1\",\"error\":\"1:56: quoted text is not closed: its closing \\\" is"
                + " missing" + nextLine + "\"");
        assertThat(out.get(1)).contains("\"error\":\"2:1: this line does not start a record with `{`, and " + lineAbove
                + "\"");
        assertThat(out.get(2)).contains("\"id\":\"P-2\",\"error\":\"3:34: the record ends before its closing `}`"
                + nextLine + "\"");
        assertThat(out.get(3)).contains("\"error\":\"4:3: a field name where a record should start: the `{` that opens the"
                + " record is missing before it (but " + lineAbove + ")\"");
        assertThat(out.get(4)).contains("\"id\":\"P-3\",\"recommendation\":");
        assertThat(out.get(5)).as("below a record's `}`").contains("\"error\":\"6:1: a `]` where no list is open")
                .doesNotContain("line above");

        Path first = file("first.jsonl", "\"id\":\"P-4\",\"concerns\":[\"pores\"]}\n{\"id\":\"P-5\",\"concerns\":[\"pores\"]} x\n"
                + "\n]\n}\n]\n");
        List<String> alone = lines(Cli.run("screen", first.toString(), "--format", "jsonl").out());
        assertThat(alone.get(0)).as("no line above the first").contains("\"error\":\"1:1: a field name where a record"
                + " should start: the `{` that opens the record is missing before it\"");
        assertThat(alone.get(1)).as("a record whole on its line, text after it").contains("\"error\":\"2:35:")
                .doesNotContain("next line");
        assertThat(alone.get(2)).as("below a blank line").contains("\"error\":\"4:1: a `]` where no list is open")
                .doesNotContain("line above");
        assertThat(alone.get(3)).contains("\"error\":\"5:1: this line does not start a record with `{`, and " + lineAbove);
        assertThat(alone.get(4)).as("below a lone `}`").contains("\"error\":\"6:1: a `]` where no list is open")
                .doesNotContain("line above");

        Path joined = file("joined.jsonl", "{\"id\":\"P-6\",\"notes\":\"caf\u00e9\r\n"
                + "\"pores\"\r\n"
                + "\ufeff\"id\":\"P-7\",\"concerns\":[\"pores\"],\r\n"
                + "   and April\",\r\n"
                + "  42, \"x\"]}\r\n"
                + "{\"id\":\"P-8\",\r\"concerns\":[\"pores\"],\n"
                + "{\"id\":\"P-9\",\"concerns\":[\"pores\"],\"age\":034\r}\n");
        List<String> crlf = lines(Cli.run("screen", joined.toString(), "--format", "jsonl").out());
        assertThat(crlf.get(0)).as("cut after a character of two bytes").contains("\"error\":\"1:26: quoted text is not"
                + " closed: its closing \\\" is missing" + nextLine + "\"");
        assertThat(crlf.get(1)).as("not a syntax error").contains("\"error\":\"2:1: expected an intake profile")
                .doesNotContain("line above");
        assertThat(crlf.get(2)).as("a byte order mark where a file was appended")
                .contains("\"error\":\"3:1: a field name where a record should start").contains(lineAbove);
        assertThat(crlf.get(3)).contains("\"error\":\"4:4: this line does not start a record with `{`, and " + lineAbove);
        assertThat(crlf.get(4)).contains("\"error\":\"5:3: this line does not start a record with `{`, and " + lineAbove);
        assertThat(crlf.get(5)).as("a carriage return inside the line").contains("\"error\":\"6:35: the record ends"
                + " before its closing `}`" + nextLine + " (this line holds a carriage return");
        assertThat(crlf.get(6)).as("an error before a carriage return inside the line").contains("\"error\":\"7:40: a number starts with 0")
                .doesNotContain("next line");

        Path cut = file("cut.jsonl", "{\"id\":\"P-10\",\"colour\":\"red\",\"age\":\"old\",\"concerns\":[\"pores\"],\n");
        assertThat(lines(Cli.run("validate", cut.toString()).out())).as("the line's other errors and warnings kept")
                .containsExactly(cut + ":1:14: unknown field `colour`: not read, only searched for terms to ask about",
                        cut + ":1:35: `age` must be a whole number of years from 0 to 130 written in plain digits [type]",
                        cut + ":1:62: the record ends before its closing `}`" + nextLine.replace("\\\\", "\\") + " [syntax]");
    }

    @Test
    void prettyPrintedJsonSavedAsJsonLinesSaysSoWhereItsBracketsStandAlone() throws Exception {
        Path jsonl = file("pretty.jsonl", "[\n  {\n    \"id\": \"P-1\",\n    \"concerns\": [\"pores\"]\n  }\n]\n"
                + "\ufeff  {  \r\n"
                + "[{\"id\":\"P-2\",\"concerns\":[\"pores\"]}]\n"
                + "{\"id\":\"P-3\",\n");
        List<String> out = errorReport(jsonl);
        String readAsJson = "is read as JSON, from a file named .json, or from standard input with `screen --stdin-format"
                + " json`";
        assertThat(out).hasSize(9);
        assertThat(out.get(0)).contains("\"error\":\"1:1: a `[` alone on its line where a record should start: is"
                + " this JSON pretty-printed over many lines? A JSON Lines record is written on one line; JSON over many"
                + " lines " + readAsJson + "\",\"code\":\"syntax\"");
        assertThat(out.get(1)).contains("\"error\":\"2:4: the record ends before its closing `}` (does the record go"
                + " on in the next line? A JSON Lines record is written on one line; a `{` alone on its line is how JSON"
                + " pretty-printed over many lines starts, which " + readAsJson + ")\"");
        assertThat(out.get(6)).as("a byte order mark, spaces and CRLF around it")
                .contains("\"error\":\"7:6: the record ends before its closing `}` (does the record go on")
                .contains("a `{` alone on its line");
        assertThat(out.get(7)).as("a list on one line is a list").contains("\"error\":\"8:1: expected an intake profile,"
                + " found a list").contains("\"code\":\"type\"").doesNotContain("pretty-printed");
        assertThat(out.get(8)).as("a `{` with a field after it").contains("\"error\":\"9:13: the record ends before its"
                + " closing `}` (does the record go on in the next line?").doesNotContain("pretty-printed");
    }

    @Test
    void anInputSavedUnderAnotherFormatsNameSaysWhatItsTextShowsInItsFirstError() throws Exception {
        String yaml = "# exported 2026-11-02\n\nid: P-1\nconcerns: [pores]\n";
        String csv = "id,concerns,conditions,medications\nP-1,pores,,\n";
        String jsonLines = "{\"id\":\"P-1\",\"concerns\":[\"pores\"]}\n\n{\"id\":\"P-2\",\"concerns\":[\"pores\"]}\n";
        String array = "\ufeff[\n  {\"id\": \"P-1\", \"concerns\": [\"pores\"]}\n]\n";
        String isYaml = "(is this YAML? It starts with YAML's `field: value`; YAML is read from a file named .yaml,"
                + " or from standard input with `screen --stdin-format yaml`)";
        String isCsv = "(is this CSV? It starts with what reads as a header row of column names; CSV is read from"
                + " a file named .csv, or from standard input with `screen --stdin-format csv`)";
        String isJsonLines = "(is this JSON Lines? Its first two lines each read as a record; JSON Lines is read from a"
                + " file named .jsonl, or from standard input with `screen --stdin-format jsonl`)";
        String isJson = "(is this JSON? It starts with `[`; JSON is read from a file named .json, or from standard input"
                + " with `screen --stdin-format json`)";
        assertThat(errorReport(file("yaml.json", yaml)).get(0)).contains("\"error\":\"1:1: JSON has no comments")
                .contains(isYaml + "\",\"code\":\"syntax\"");
        assertThat(errorReport(file("yaml.jsonl", "---\nid: P-1\nconcerns: [pores]\n")).get(0))
                .contains("\"error\":\"1:2: a minus sign needs a digit after it").contains(isYaml);
        assertThat(errorReport(file("yaml.csv", yaml)).get(0)).contains("\"error\":\"1:1: the header has no `id` or"
                + " `concerns` column").contains(isYaml + "\",\"code\":\"missing_field\"");
        assertThat(errorReport(file("csv.json", csv)).get(0)).contains("\"error\":\"1:1: text without quotes")
                .contains(isCsv);
        assertThat(errorReport(file("csv.jsonl", csv)).get(0)).contains(isCsv);
        assertThat(errorReport(file("csv.yaml", csv)).get(0)).contains("\"error\":\"1:1: expected an intake profile")
                .contains(isCsv + "\",\"code\":\"type\"");
        assertThat(errorReport(file("lines.csv", jsonLines)).get(0)).contains("\"error\":\"1:2: stray quote in a cell")
                .contains(isJsonLines);
        List<String> documents = errorReport(file("lines.yaml", jsonLines + "---\n{\"id\":\"P-3\"}\n"));
        assertThat(documents.get(0)).contains("\"error\":\"3:1: text after the end of this document").contains(isJsonLines);
        assertThat(documents.get(1)).as("said once, in the first error").contains("\"code\":\"not_read\"")
                .doesNotContain("is this");
        assertThat(errorReport(file("array.csv", array)).get(0)).contains(isJson);
        assertThat(errorReport(file("object.csv", "{\"id\": \"P-1\",\n \"concerns\": [\"pores\"]}\n")).get(0))
                .contains(isJson.replace('[', '{'));
        assertThat(errorReport(file("array.yaml", array)).get(0)).contains("found a list").contains(isJson);

        List<String> later = errorReport(file("later.jsonl", "{\"id\":\"P-1\",\"concerns\":[\"pores\"]}\nid: P-2\n"
                + "a,b\n"));
        assertThat(later.get(1)).as("only the first line shows what a file holds").doesNotContain("is this");
        assertThat(later.get(2)).doesNotContain("is this");
        assertThat(errorReport(file("second.yaml", "id: P-1\nconcerns: [pores]\n---\na,b\n")).get(1))
                .as("nor a later document").contains("expected an intake profile").doesNotContain("is this");
        assertThat(errorReport(file("object.yaml", "{\"id\": \"P-1\", \"concerns\": \"pores\"}\n")).get(0))
                .as("a JSON object is YAML too").contains("\"code\":\"type\"").doesNotContain("is this");
        assertThat(errorReport(file("broken.csv", "id;concerns;notes\n\"P-1;pores;x\n")).get(0))
                .as("a CSV export shows CSV").doesNotContain("is this");
        assertThat(errorReport(file("words.json", "Patient P-1 (pores)\n")).get(0))
                .as("neither YAML's field nor a header row").contains("text without quotes").doesNotContain("is this");
        assertThat(errorReport(file("remark.json", "# nothing yet\n\n")).get(0)).as("no text but a YAML comment")
                .contains("JSON has no comments").doesNotContain("is this");
        assertThat(errorReport(file("repeated.yaml", "{\"id\":\"P-1\",\"id\":\"P-2\"}\n{\"id\":\"P-3\"}\n")).get(0))
                .as("whatever the error").contains("\"code\":\"duplicate_key\"").contains(isJsonLines);
    }

    @Test
    void jsonLinesSavedAsJsonIsReportedRecordByRecordSayingWhatToNameIt() throws Exception {
        Path json = file("export.json", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n{\"id\":\"b\",\"concerns\":[\"pores\"]}\n"
                + "{\"id\":\"c\",\"concerns\":[\"pores\"]}\n");
        Cli.Result r = Cli.run("screen", json.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("export.json#1,a", "export.json#2,b", "export.json#3,c");
        assertThat(rows.get(0)).endsWith(",\"2:1: unexpected content after the profile: another profile follows (a JSON"
                + " file holds one profile or an array of them; one profile per line is JSON Lines, named .jsonl); the"
                + " records after it were not read\"");
        assertThat(rows.get(1)).endsWith(",2:1: not read: an earlier record of this file could not be read");
        assertThat(rows.get(2)).endsWith(",3:1: not read: an earlier record of this file could not be read");
        Path trailing = file("trailing.json", "{\"id\":\"a\",\"concerns\":[\"pores\"]} 5\n");
        assertThat(Cli.run("screen", trailing.toString(), "--format", "csv").out())
                .contains("1:33: unexpected content after the profile").doesNotContain("another profile follows");
    }

    @Test
    void aBrokenDocumentInAMultiDocumentFileReportsTheRestAsNotRead() throws Exception {
        Path yaml = file("m.yaml", "id: d1\nconcerns: [pores]\n---\nid: d2\nconcerns: [x\n---\nid: d3\nconcerns: [y]\n---\nid: d4\nconcerns: [z]\n");
        List<String> out = lines(Cli.run("screen", yaml.toString(), "--format", "jsonl").out());
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).contains("\"id\":\"d1\"");
        assertThat(out.get(1)).contains("m.yaml#2").contains("\"code\":\"syntax\"");
        // Each at the line it starts on, with the id it names: whose intake was not read, and where.
        assertThat(out.get(2)).contains("m.yaml#3\",\"id\":\"d3\",\"error\":\"6:1: not read: an earlier document in"
                + " this file could not be read\",\"code\":\"not_read\",\"line\":6,\"column\":1,");
        assertThat(out.get(3)).contains("m.yaml#4\",\"id\":\"d4\",\"error\":\"9:1: not read:");
        assertThat(lines(Cli.run("validate", yaml.toString()).out())).containsExactly(
                yaml + ":5:11: a list that starts here with `[` is not closed with `]` (or a comma is missing between"
                        + " entries) [syntax]",
                yaml + ":6:1: not read: an earlier document in this file could not be read [not_read]",
                yaml + ":9:1: not read: an earlier document in this file could not be read [not_read]");
    }

    /** A `---` typed twice, or one left at the end of a file, starts a document that names no patient. */
    @Test
    void emptyYamlDocumentsAreSkippedAndTheOthersKeepTheirNumbers() throws Exception {
        Path yaml = file("e.yaml", "id: d1\nconcerns: [pores]\n---\n---\n# d2 left\n---\nid: d3\nconcerns: [pores]\n---\n");
        Path none = file("none.yaml", "---\n# nothing yet\n---\n");
        Cli.Result r = Cli.run("screen", yaml.toString(), none.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("e.yaml#1,d1", "e.yaml#4,d3", "none.yaml,");
        assertThat(rows.get(0)).doesNotContain("error");
        assertThat(rows.get(1)).endsWith(",");
        assertThat(rows.get(2)).endsWith(",no intake profile: every document in the input is empty");
        assertThat(r.err()).contains("errors             empty 1");
    }

    @Test
    void aMistypedDocumentSeparatorInYamlLosesNoDocumentAfterIt() throws Exception {
        Path yaml = file("sep.yaml", "id: d1\nconcerns: [pores]\n--\nid: d2\nconcerns: [x]\n---\nid: d3\nconcerns: [y]\n"
                + "----\nid: d4\nconcerns: [z]\nnotes: ok---\nid: d5\nconcerns: [z]\n---\nid: d6\nconcerns: [z]\n");
        Cli.Result r = Cli.run("screen", yaml.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("sep.yaml#1,d1", "sep.yaml#2,d2", "sep.yaml#3,d3", "sep.yaml#4,d4",
                "sep.yaml#5,d5", "sep.yaml#6,d6");
        assertThat(rows.get(0)).contains(",\"3:1: a line without `name: value` where a field should be");
        String mistyped = ": not read: an earlier document in this file could not be read; it follows what looks like"
                + " its separator `---` mistyped";
        assertThat(rows.get(1)).endsWith(",4:1" + mistyped);
        assertThat(rows.get(2)).endsWith(",6:1: not read: an earlier document in this file could not be read");
        assertThat(rows.get(3)).endsWith(",10:1" + mistyped);
        assertThat(rows.get(4)).endsWith(",13:1" + mistyped);
    }

    @Test
    void everyRowUnderAHeaderThatCannotBeReadIsReportedNotReadWithTheIdItNames() throws Exception {
        Path twice = file("twice.csv", "id,concerns,concerns,medications\nP-1,pores,wrinkles,\n\n,,,\nP-2,pores,,\n");
        Path quote = file("quote.csv", "id,\"concerns,conditions,medications\nP-1,pores,,\nP-2,\"pores\",,\n");
        Cli.Result r = Cli.run("screen", twice.toString(), quote.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf('/') + 1))).containsExactly(
                "twice.csv:1,,,,,,,,,,,,,,,,,1:13: column `concerns` appears twice in the header",
                "twice.csv:2,P-1,,,,,,,,,,,,,,,,2:1: not read: the header on line 1 could not be read",
                "twice.csv:5,P-2,,,,,,,,,,,,,,,,5:1: not read: the header on line 1 could not be read",
                "quote.csv:1,,,,,,,,,,,,,,,,,\"3:6: stray quote in a cell, in a row whose quoted cell ran over a line break"
                        + " (is a quote missing, or one too many?); the rows after line 1 that it ran over are not read\"",
                "quote.csv:2,,,,,,,,,,,,,,,,,2:1: not read: a quoted cell of the row on line 1 ran over this one (its"
                        + " quotes do not balance)",
                "quote.csv:3,,,,,,,,,,,,,,,,,3:1: not read: a quoted cell of the row on line 1 ran over this one (its"
                        + " quotes do not balance)");
        assertThat(r.err()).contains("6 records").contains("0 assessed, 6 errors").contains("not_read 4");
        Path missing = file("missing.csv", "id,conditions\nP-1,\nP-2,rosacea,extra\n");
        Path ids = file("ids.csv", "id,concerns,id\nP-1,pores,P-9\n");
        assertThat(Cli.run("screen", missing.toString(), ids.toString(), "--format", "csv").out().lines().skip(1)
                .map(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(',', l.indexOf(',') + 1))))
                .as("an id only from a row as wide as the header, under its one id column")
                .containsExactly("missing.csv:1,", "missing.csv:2,P-1", "missing.csv:3,", "ids.csv:1,", "ids.csv:2,");
    }

    @Test
    void aCsvQuoteThatDoesNotCloseReportsEveryRowItRanOverAsNotRead() throws Exception {
        Path csv = file("q.csv", "id,concerns,conditions,medications\nA,acne scars,,\nB,\"pores,,\nC,wrinkles,,\nD,pores,,\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(4);
        assertThat(out.get(0)).contains("q.csv:2\",\"id\":\"A\",\"recommendation\"");
        // The broken row names its patient by the id cell read before the break.
        assertThat(out.get(1)).contains("q.csv:3\",\"id\":\"B\",\"error\":\"3:3: unterminated quoted cell: its closing"
                + " quote is missing; the rows after line 3 that it ran over are not read\",\"code\":\"syntax\"");
        assertThat(out.get(2)).contains("q.csv:4\",\"id\":\"C\",\"error\":\"4:1: not read: a quoted cell of the row on line 3"
                + " ran over this one (its quotes do not balance)\",\"code\":\"not_read\",\"line\":4,");
        assertThat(out.get(3)).contains("q.csv:5\",\"id\":\"D\",").contains("\"code\":\"not_read\",\"line\":5,");
        assertThat(r.err()).contains("4 records").contains("1 assessed, 3 errors").contains("syntax 1, not_read 2");
        Cli.Result validate = Cli.run("validate", csv.toString());
        assertThat(lines(validate.out())).containsExactly(
                csv + ":3:3: unterminated quoted cell: its closing quote is missing; the rows after line 3 that it ran"
                        + " over are not read [syntax]",
                csv + ":4:1: not read: a quoted cell of the row on line 3 ran over this one (its quotes do not balance) [not_read]",
                csv + ":5:1: not read: a quoted cell of the row on line 3 ran over this one (its quotes do not balance) [not_read]");
        // A quote that closes lines later, before a stray one: the row's source is the line it starts on, though
        // its error lies further on, so that no two records share a source.
        Path stray = file("stray.csv", "id,concerns,notes\nA,pores,\"a note\nover two lines\"\nB,\"pores,x\nC,pores,\r\n\r\n"
                + "D,\"wrinkles\",\"\"\nE,pores,\n");
        List<String> rows = lines(Cli.run("screen", stray.toString(), "--format", "jsonl").out());
        assertThat(rows).extracting(l -> l.substring(l.indexOf("stray.csv:"), l.indexOf("\",")))
                .containsExactly("stray.csv:2", "stray.csv:4", "stray.csv:5", "stray.csv:7", "stray.csv:8");
        assertThat(rows.get(1)).contains("\"id\":\"B\",\"error\":\"7:4: stray quote in a cell, in a row whose quoted cell ran over a line"
                + " break (is a quote missing, or one too many?); the rows after line 4 that it ran over are not read\"");
        assertThat(rows.subList(2, 4)).allMatch(l -> l.contains("\"code\":\"not_read\""));
        assertThat(rows.get(4)).contains("\"id\":\"E\",\"recommendation\"");
        // A stray quote on one line: the id cell before it names the row; an id cell after the break names nothing.
        Path inch = file("inch.csv", "id,concerns\nP-1,5\" scar\nP-2,pores\n");
        assertThat(lines(Cli.run("screen", inch.toString(), "--format", "jsonl").out()).get(0))
                .contains("inch.csv:2\",\"id\":\"P-1\",\"error\":\"2:6: stray quote in a cell");
        Path late = file("late.csv", "concerns,id\n5\" scar,P-1\n");
        assertThat(Cli.run("screen", late.toString(), "--format", "jsonl").out())
                .contains("late.csv:2\",\"error\":\"2:2: stray quote in a cell");
    }

    @Test
    void aDocumentEndMarkerEndsADocumentAsTheParserReadsItSoEachErrorNamesItsOwnDocument() throws Exception {
        // Content after "..." without a "---" is a document the parser refuses: its own record, not the next one's.
        Path yaml = file("e.yaml", "id: a\nconcerns: [pores]\n...\nid: b\nconcerns: [pores]\n---\nid: c\nconcerns: [pores]\n");
        List<String> out = lines(Cli.run("screen", yaml.toString(), "--format", "jsonl").out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).contains("e.yaml#1\",\"id\":\"a\",\"recommendation\"");
        assertThat(out.get(1)).contains("e.yaml#2\",\"id\":\"b\",\"error\":\"4:1: a `---` line is missing before this line:"
                + " a `...` line above, or a line starting with `%` (a YAML directive), ended the document before it\"");
        assertThat(out.get(2)).contains("e.yaml#3\"").contains("\"code\":\"not_read\"");
        // A directive line inside a document ends it for the parser, though no scan of the lines can tell: the
        // document is not assessed on the part before it (its medications come after).
        Path directive = file("d.yaml", "id: a\nconcerns: [pores]\n%YAML 1.1\nmedications: [warfarin]\n");
        List<String> split = lines(Cli.run("screen", directive.toString(), "--format", "jsonl").out());
        assertThat(split).singleElement().asString().startsWith("{\"source\":\"" + directive + "\",\"id\":\"a\","
                + "\"error\":\"4:1: text after the end of this document, before the next `---` (a `}` typed once too"
                + " often, a `---` mistyped, or a `%` or `...` line?)");
        // Text after a "..." line that names no patient may be more of the document: it is not assessed.
        Path more = file("more.yaml", "id: a\nconcerns: [pores]\nanswers: {blood-thinners: no}\n...\n"
                + "medications: [warfarin]\n---\nid: c\nconcerns: [pores]\n");
        List<String> after = lines(Cli.run("screen", more.toString(), "--format", "jsonl").out());
        assertThat(after).hasSize(3);
        assertThat(after.get(0)).contains("more.yaml#1\",\"id\":\"a\",\"error\":\"5:1: text after the end of this"
                + " document, before the next `---`");
        assertThat(after.get(1)).contains("more.yaml#2\",\"error\":\"5:1: not read:");
        assertThat(after.get(2)).contains("more.yaml#3\"").contains("\"code\":\"not_read\"");
        // A closing "..." and a directive before the "---" belong to the one document: no #1.
        Path ended = file("ended.yaml", "%YAML 1.1\n---\nid: d\nconcerns: [pores]\n...\n# done\n");
        assertThat(Cli.run("screen", ended.toString(), "--format", "jsonl").out())
                .startsWith("{\"source\":\"" + ended + "\",\"id\":\"d\",\"recommendation\"");
    }

    @Test
    void aControlCharacterInTheThirdDocumentIsPlacedByTheFilesLineAndTheRestAreNotRead() throws Exception {
        Path yaml = file("c.yaml", "id: d1\nconcerns: [pores]\n---\nid: d2\nconcerns: [pores]\n---\nid: d3\n"
                + "concerns: [acne\u001b scars]\n---\nid: d4\nconcerns: [pores]\n");
        Cli.Result r = Cli.run("screen", yaml.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(5);
        assertThat(out.get(1)).contains("c.yaml#1,d1,,review,review,");
        assertThat(out.get(2)).contains("c.yaml#2,d2,,review,review,");
        assertThat(out.get(3)).contains("c.yaml#3,,,,,,,,,,,,,,,,,8:16: control character U+001B is not allowed in YAML: delete it");
        assertThat(out.get(4)).contains("c.yaml#4,d4,,,,,,,,,,,,,,,,9:1: not read: an earlier document in this file could not be read");
        // Bytes that are not UTF-8 come first in reading order: they are what the record says.
        Path latin = file("l.yaml", "id: d1\nconcerns: [pores]\n---\nid: d2\nconcerns: [pores]\n");
        Files.write(latin, new byte[] {'#', ' ', (byte) 0xE9, '\n', '#', ' ', 0x01, '\n'}, StandardOpenOption.APPEND);
        List<String> rows = lines(Cli.run("screen", latin.toString(), "--format", "csv").out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains("l.yaml#1,d1,,review,review,");
        assertThat(rows.get(2)).contains("l.yaml#2,d2,,,,,,,,,,,,,,,,6:3: not valid UTF-8 text (byte 0xE9): save the file as UTF-8");
    }

    @Test
    void theOrderIsTheSameWhateverTheNumberOfWorkers() throws Exception {
        String records = IntStream.range(0, 5000).mapToObj(i -> i % 97 == 0 ? "{\"id\": broken}"
                : "{\"id\":\"P-" + i + "\",\"concerns\":[\"pores\",\"acne scars\"],\"medications\":[\"" + (i % 3 == 0 ? "warfarin" : "none") + "\"]}")
                .collect(Collectors.joining("\n"));
        Path jsonl = file("many.jsonl", records);
        for (int i = 0; i < 40; i++) {
            file("dir/p" + i + ".yaml", "id: y" + i + "\nconcerns: [pores]\n");
        }
        Path one = dir.resolve("one.jsonl");
        Path four = dir.resolve("four.jsonl");
        Cli.run("screen", jsonl.toString(), dir.resolve("dir").toString(), "--jobs", "1", "--output", one.toString());
        Cli.run("screen", jsonl.toString(), dir.resolve("dir").toString(), "--jobs", "4", "--output", four.toString());
        assertThat(Files.readAllLines(one)).hasSize(5040);
        assertThat(Files.mismatch(one, four)).isEqualTo(-1L);
    }

    @Test
    void outputIsWrittenAtomicallyAndNeverOverAnInput() throws Exception {
        Path in = file("in.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Path report = file("report.jsonl", "previous report\n");
        Cli.Result r = Cli.run("screen", in.toString(), "--output", report.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(report)).startsWith("{\"source\"");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.jsonl", "report.jsonl");
        }
        Cli.Result same = Cli.run("screen", in.toString(), "--output", in.toString());
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("names one of the inputs");
        assertThat(Files.readString(in)).isEqualTo("{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        assertThat(Cli.run("screen", in.toString(), "--output", dir.resolve("no/such/dir/x.jsonl").toString()).exit()).isEqualTo(2);
    }

    @Test
    void anOutputFileNamedCsvOrTxtGetsThatFormatUnlessFormatSaysAnother() throws Exception {
        Path in = file("in.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Map<String, String> starts = new LinkedHashMap<>();
        starts.put("report.csv", "source,id,recommendation,microneedling,");
        starts.put("REPORT.TXT", "SOURCE ");
        starts.put("report.json", "{\"source\":");
        starts.put("report", "{\"source\":");
        for (Map.Entry<String, String> named : starts.entrySet()) {
            Path report = dir.resolve(named.getKey());
            assertThat(Cli.run("screen", in.toString(), "--output", report.toString()).exit()).isZero();
            assertThat(Files.readString(report)).as(named.getKey()).startsWith(named.getValue());
        }
        Path asked = dir.resolve("asked.csv");
        assertThat(Cli.run("screen", in.toString(), "--format", "jsonl", "--output", asked.toString()).exit()).isZero();
        assertThat(Files.readString(asked)).startsWith("{\"source\":");
        Path marked = dir.resolve("marked.csv");
        assertThat(Cli.run("screen", in.toString(), "--bom", "--output", marked.toString()).exit()).isZero();
        assertThat(Files.readString(marked)).startsWith("\uFEFFsource,id,");
    }

    @Test
    void outputNamingANamedPipeWritesIntoThePipeAndLeavesItAPipe() throws Exception {
        // As /dev/null and /dev/stdout are written: renaming a report over one would remove it (as root, the device).
        Path in = file("in.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Path pipe = dir.resolve("report.pipe");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run("screen", in.toString(), "--output", pipe.toString(), "--format", "csv");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(received.get(10, TimeUnit.SECONDS)).contains("in.jsonl:1,a,");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.jsonl", "report.pipe");
        }
    }

    @Test
    void aCsvReportForExcelStartsWithAByteOrderMarkOnlyWhenAsked() throws Exception {
        Path in = file("in.jsonl", "{\"id\":\"Zoë\",\"concerns\":[\"pores\"],\"conditions\":[\"Hashimoto's thyroïditis\"]}\n");
        Path marked = dir.resolve("marked.csv");
        Path plain = dir.resolve("plain.csv");
        assertThat(Cli.run("screen", in.toString(), "--format", "csv", "--bom", "--output", marked.toString()).exit()).isZero();
        assertThat(Cli.run("screen", in.toString(), "--format", "csv", "--output", plain.toString()).exit()).isZero();
        byte[] plainBytes = Files.readAllBytes(plain);
        assertThat(new String(plainBytes, StandardCharsets.UTF_8)).startsWith("source,id,").contains(",Zoë,")
                .contains("Hashimoto's thyroïditis");
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] expected = Arrays.copyOf(mark, 3 + plainBytes.length);
        System.arraycopy(plainBytes, 0, expected, 3, plainBytes.length);
        assertThat(Files.readAllBytes(marked)).isEqualTo(expected);
        for (String format : List.of("jsonl", "text")) {
            Cli.Result r = Cli.run("screen", in.toString(), "--format", format, "--bom");
            assertThat(r.exit()).as(format).isEqualTo(2);
            assertThat(r.err()).as(format).startsWith("--bom applies to a CSV report only (the report is " + format + ")");
            assertThat(r.out()).as(format).isEmpty();
        }
        assertThat(Cli.run("screen", in.toString(), "--bom").err()).startsWith("--bom applies to a CSV report only");
    }

    @Test
    void outputDashIsStandardOutputNotAFileNamedDash() throws Exception {
        Path in = file("in.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Path dash = Path.of("-").toAbsolutePath();
        try {
            Cli.Result r = Cli.run("screen", in.toString(), "--output", "-", "--format", "csv");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("in.jsonl:1,a,");
            assertThat(dash).doesNotExist();
        } finally {
            Files.deleteIfExists(dash);
        }
    }

    @Test
    void aReportWrittenIntoTheScreenedFolderIsNotReadBackIn() throws Exception {
        file("intake/p.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        file("intake/.report.jsonl.123.tmp", "another run's unfinished report\n");
        Path report = dir.resolve("intake/report.jsonl");
        Cli.Result first = Cli.run("screen", dir.resolve("intake").toString(), "--output", report.toString());
        String written = Files.readString(report);
        // The second run names the folder through another path, and finds the first run's report in it.
        Cli.Result second = Cli.run("screen", dir.resolve("intake/../intake").toString(), "--output", report.toString());
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(lines(Files.readString(report))).hasSize(1).allMatch(l -> l.contains("\"id\":\"a\""));
        assertThat(lines(written)).hasSize(1);
        // Skipped: the other run's temporary file and this run's own; the second run, the first one's report too.
        assertThat(first.err()).contains("skipped 2: the report being written");
        assertThat(second.err()).contains("1 record in").contains("skipped 3: the report being written");
    }

    /** `screen intake/ > intake/report.jsonl`: the shell makes the file before the run lists the folder. */
    @Test
    void aReportRedirectedIntoTheScreenedFolderIsNotReadBackIn() throws Exception {
        file("intake/p.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Path report = file("intake/report.jsonl", "").toRealPath();
        Cli.Result r = Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand()).stdoutFile(report), "screen",
                dir.resolve("intake").toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(lines(r.out())).singleElement().satisfies(l -> assertThat(l).contains("\"id\":\"a\""));
        assertThat(r.err()).contains("1 record in").contains("skipped 1: the report being written");
    }

    /** `screen export.jsonl >> export.jsonl` would screen its own report as it grows. */
    @Test
    void anInputThatStandardOutputIsRedirectedToIsRefused() throws Exception {
        Path in = file("export.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Path redirected = in.toRealPath();
        Cli.Result r = Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand()).stdoutFile(redirected), "screen",
                in.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("standard output is redirected to one of the inputs (" + in
                + "); refusing to read back the report it is writing");
    }

    @Test
    void aReportLinkedFromTheScreenedFolderIsWrittenThroughTheLinkAndNeitherIsReadBackIn() throws Exception {
        file("intake/p.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        Path today = file("intake/reports/today.jsonl", "previous report\n");
        Path latest = Files.createSymbolicLink(dir.resolve("intake/latest.jsonl"), Path.of("reports/today.jsonl"));
        Cli.Result r = Cli.run("screen", dir.resolve("intake").toString(), "--output", latest.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(latest).isSymbolicLink();
        assertThat(lines(Files.readString(today))).hasSize(1).allMatch(l -> l.contains("\"id\":\"a\""));
        assertThat(r.err()).contains("1 record in").contains("skipped 3: the report being written");
        Files.delete(today);
        Files.createSymbolicLink(today, Path.of("today.jsonl"));
        Cli.Result loop = Cli.run("screen", dir.resolve("intake/p.jsonl").toString(), "--output", latest.toString());
        assertThat(loop.exit()).isEqualTo(2);
        assertThat(loop.err()).contains("a loop of symbolic links");
    }

    @Test
    void aCsvHeaderASpreadsheetChangedIsRefusedSayingWhatToChange() throws Exception {
        Path titled = file("titled.csv", "ID,Concerns,Conditions,Medications\nr1,pores,,\n");
        Path semicolonTitled = file("semicolon-titled.csv", "ID;Concerns\nr1;pores\n");
        Path mixed = file("mixed.csv", "id,concerns;conditions\nr1,pores\n");
        Path renamed = file("renamed.csv", "Id,concern\nr1,pores\n");
        Cli.Result r = Cli.run("screen", titled.toString(), semicolonTitled.toString(), mixed.toString(),
                renamed.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> all = lines(r.out());
        assertThat(all).hasSize(8);
        assertThat(List.of(all.get(1), all.get(3), all.get(5), all.get(7)))
                .allMatch(l -> l.contains(":2\",") && l.contains("\"error\":\"2:1: not read: the header on line 1 could not be read\""));
        List<String> out = List.of(all.get(0), all.get(2), all.get(4), all.get(6));
        assertThat(out.get(3)).contains("the header has no `id` or `concerns` column (found `Id` and `concern`: the"
                + " columns are named `id` and `concerns`, written exactly)");
        assertThat(out.get(0)).contains("the header has no `id` or `concerns` column (found `ID` and `Concerns`: column"
                + " names are written exactly, in lower case)");
        assertThat(out.get(1)).contains("the header has no `id` or `concerns` column (found `ID` and `Concerns`: column"
                + " names are written exactly, in lower case)");
        assertThat(out.get(2)).contains("the header has no `concerns` column (`concerns;conditions` holds a semicolon"
                + " between commas: separate all the columns by commas, or all by semicolons or tabs)");
        Cli.Result commented = Cli.runWithInput("# patient id; filled in at reception\nid: y\nconcerns: [pores]\n",
                "screen", "-", "--format", "jsonl");
        assertThat(commented.out()).contains("\"id\":\"y\"");
    }

    @Test
    void csvSeparatedBySemicolonsOrTabsAsSpreadsheetsSaveItIsReadWithListCellsQuoted() throws Exception {
        // Excel where the decimal mark is a comma: semicolons between cells, a cell holding one quoted.
        Path semicolons = file("semicolons.csv", "id;concerns;conditions;medications;age\r\n"
                + "s1;\"acne scars;pores\";;\"Eliquis 5 mg; aspirin\";40\r\ns2;pores;eczema;none;41\r\n"
                + "s3;acne scars;pores;;none;42\r\ns4;pores;;;150\r\n");
        Path tabs = file("tabs.csv", "id\tconcerns\tconditions\tmedications\nt1\tacne scars;pores\t\twarfarin\n");
        // Every cell quoted, as some exports write them; a comma inside a name does not make the file comma-separated.
        Path quoted = file("quoted.csv", "\"id\";\"concerns\";\"notes, free text\"\n\"q1\";\"pores\";\"a, b\"\n");
        Cli.Result r = Cli.run("screen", semicolons.toString(), tabs.toString(), quoted.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(6);
        assertThat(out.get(5)).contains("\"id\":\"q1\"").contains("\"concern\":\"enlarged-pores\"")
                .contains("\"warnings\":[\"1:17: unknown column `notes, free text` (rename it `notes` if that is what it"
                        + " holds): not read, only searched for terms to ask about");
        assertThat(out.get(0)).contains("\"id\":\"s1\"").contains("{\"input\":\"acne scars\",\"concern\":\"scars\"},"
                + "{\"input\":\"pores\",\"concern\":\"enlarged-pores\"}").contains("\"matched\":\"Eliquis 5 mg\"")
                .contains("\"verdict\":\"contraindicated\"");
        assertThat(out.get(1)).contains("\"id\":\"s2\"").contains("\"matched\":\"eczema\"");
        // A list cell left unquoted spills into the next column: the row is refused, never read shifted.
        assertThat(out.get(2)).contains(semicolons + ":4\",\"error\":\"4:1: row has 6 cells but the header has 5\"");
        assertThat(out.get(3)).contains(semicolons + ":5\",\"id\":\"s4\",\"error\":\"5:12: `age` must be");
        assertThat(out.get(4)).contains("\"id\":\"t1\"").contains("\"concern\":\"enlarged-pores\"")
                .contains("\"matched\":\"warfarin\"");
        Cli.Result piped = Cli.runWithInput("id;concerns;conditions;medications\nr1;pores;;\n", "screen", "-", "--format", "jsonl");
        assertThat(piped.exit()).isZero();
        // Its empty cells are asked, none: only the skin type is left unknown.
        assertThat(piped.out()).contains("\"id\":\"r1\"").contains("\"unknowns\":[\"darker-skin-pih\"]");
        assertThat(Cli.runWithInput("id\tconcerns\nr1\tpores\n", "screen", "-", "--format", "jsonl").out())
                .contains("\"id\":\"r1\"");
    }

    @Test
    void aFirstLineSepAsExcelReadsItNamesTheDelimiterAndTheRowsKeepTheirLines() throws Exception {
        Path named = file("export.csv", "sep=;\r\nid;concerns;conditions;medications\r\n"
                + "p1;\"acne scars;pores\";;warfarin\r\np2;pores;eczema;\r\n");
        Cli.Result r = Cli.run("screen", named.toString(), "--format", "jsonl");
        assertThat(r.exit()).isZero();
        List<String> out = lines(r.out());
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).contains("\"source\":\"" + named + ":3\"").contains("\"id\":\"p1\"")
                .contains("\"matched\":\"warfarin\"").contains("\"verdict\":\"contraindicated\"");
        assertThat(out.get(1)).contains("\"source\":\"" + named + ":4\"").contains("\"matched\":\"eczema\"");
        Cli.Result piped = Cli.runWithInput("sep=,\nid,concerns\nr1,pores\n", "screen", "-", "--format", "jsonl");
        assertThat(piped.exit()).isZero();
        assertThat(piped.out()).contains("\"source\":\"<stdin>:3\"").contains("\"id\":\"r1\"");
        // A delimiter no header line would show as CSV's still makes standard input CSV.
        Cli.Result pipes = Cli.runWithInput("SEP=|\r\nid|concerns\r\nr2|pores\r\n", "screen", "-", "--format", "jsonl");
        assertThat(pipes.exit()).isZero();
        assertThat(pipes.out()).contains("\"source\":\"<stdin>:3\"").contains("\"id\":\"r2\"");
        Cli.Result tabs = Cli.runWithInput("sep=\t\nid\tconcerns\nr3\tpores\n", "screen", "-", "--format", "jsonl");
        assertThat(tabs.out()).contains("\"source\":\"<stdin>:3\"").contains("\"id\":\"r3\"");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsSaysWhichOfItsColumnsToRenameOrWhatTheFirstRowMustBe() throws Exception {
        Path form = file("form.csv", "Timestamp,Patient ID,Skin concerns,Conditions\n2026-11-01,P1,pores,\n");
        Path singular = file("singular.csv", "patient_id,concern,conditions\nP1,pores,\n");
        Path noHeader = file("no-header.csv", "P1,acne scars,eczema,warfarin\nP2,pores,,\n");
        Path concernOnly = file("concern.csv", "id,concern\nP1,pores\n");
        Cli.Result r = Cli.run("screen", form.toString(), singular.toString(), noHeader.toString(), concernOnly.toString(),
                "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> all = lines(r.out());
        assertThat(all).hasSize(8);
        // A row under the header is reported, not read; a first row that was a patient's is the header's record.
        assertThat(List.of(all.get(1), all.get(3), all.get(5), all.get(7)))
                .allMatch(l -> l.contains(":2\",") && l.contains("\"error\":\"2:1: not read: the header on line 1 could not be read\""));
        List<String> out = List.of(all.get(0), all.get(2), all.get(4), all.get(6));
        String columns = "id, concerns, conditions, medications, and optionally age, fitzpatrick, notes";
        assertThat(out.get(0)).contains("\"1:1: the header has no `id` or `concerns` column (rename `Patient ID` to `id` and `Skin"
                + " concerns` to `concerns` if that is what they hold; the columns are " + columns + ")\"");
        assertThat(out.get(1)).contains("(rename `patient_id` to `id` and `concern` to `concerns` if that is what they hold;");
        assertThat(out.get(2)).contains("the header has no `id` or `concerns` column (the first row must name the columns: "
                + columns + ")")
                .doesNotContain("acne scars");
        assertThat(out.get(3)).contains("the header has no `concerns` column (found `concern`: the column is named"
                + " `concerns`, written exactly)");
        // Piped, neither is taken for YAML ("expected an intake profile"): the same messages.
        assertThat(Cli.runWithInput("P1,acne scars,eczema,warfarin\n", "screen", "-", "--format", "jsonl").out())
                .contains("the first row must name the columns: " + columns);
        assertThat(Cli.runWithInput("patient_id,concern,conditions\nP1,pores,\n", "screen", "-", "--format", "jsonl").out())
                .contains("rename `patient_id` to `id`");
    }

    @Test
    void emptyColumnsASpreadsheetSavedAfterTheLastAreIgnoredAndTextInOneIsAWarning() throws Exception {
        Path csv = file("trailing.csv", "id,concerns,conditions,medications,,\nr1,pores,,,,\nr2,pores,,,,warfarin\nr3,pores,,,,\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        List<String> rows = lines(r.out());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3)).startsWith(csv + ":4,r3,,review,review,").doesNotContain("no name");
        assertThat(rows.get(1)).startsWith(csv + ":2,r1,,review,review,").endsWith(",,\r");
        assertThat(rows.get(2)).startsWith(csv + ":3,r2,,review,review,")
                .contains(",\"3:13: column 6 has no name in the header: its text is not read, only searched for terms to ask about\",");
    }

    @Test
    void rowsOfEmptyCellsASpreadsheetWritesAreSkippedAsBlankLines() throws Exception {
        Path csv = file("rows.csv", "id,concerns,conditions,medications\nr1,pores,,\n,,,\n , ,\t,\nr2,pores,,\n,,,,,\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(lines(r.out())).hasSize(3);
        assertThat(lines(r.out()).get(2)).startsWith(csv + ":5,r2,");
        assertThat(r.err()).contains("2 records").contains("0 errors");

        Path none = file("none.csv", "id,concerns,conditions,medications\n,,,\n,,,\n");
        assertThat(Cli.run("screen", none.toString(), "--format", "csv").out())
                .contains("a header row and no rows: no intake profile");
    }

    @Test
    void utf16CsvOrJsonLinesIsOneErrorRecordSayingToSaveAsUtf8() throws Exception {
        Path csv = dir.resolve("unicode.csv");
        Files.write(csv, "\uFEFFid,concerns\nr1,pores\n".getBytes(StandardCharsets.UTF_16LE));
        Path jsonl = dir.resolve("unicode.jsonl");
        Files.write(jsonl, "\uFEFF{\"id\":\"a\",\"concerns\":[\"pores\"]}\n{\"id\":\"b\",\"concerns\":[\"pores\"]}\n"
                .getBytes(StandardCharsets.UTF_16BE));
        Cli.Result r = Cli.run("screen", csv.toString(), jsonl.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).startsWith("{\"source\":\"" + csv + "\",\"error\":\"UTF-16 text").contains("save the file as UTF-8")
                .contains("\"code\":\"encoding\"");
        assertThat(out.get(1)).startsWith("{\"source\":\"" + jsonl + "\",\"error\":\"UTF-16 text");
    }

    @Test
    void utf16WithoutAByteOrderMarkAndUtf16YamlAreOneErrorRecordEachSayingToSaveAsUtf8() throws Exception {
        Path csv = dir.resolve("unmarked.csv");
        Files.write(csv, "id,concerns\nr1,pores\nr2,pores\n".getBytes(StandardCharsets.UTF_16LE));
        Path jsonl = dir.resolve("unmarked.jsonl");
        Files.write(jsonl, "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n{\"id\":\"b\",\"concerns\":[\"pores\"]}\n"
                .getBytes(StandardCharsets.UTF_16BE));
        Path yaml = dir.resolve("marked.yaml");
        Files.write(yaml, "id: a\nconcerns: [pores]\n---\nid: b\nconcerns: [pores]\n".getBytes(StandardCharsets.UTF_16));
        Path unmarkedYaml = dir.resolve("unmarked.yaml");
        Files.write(unmarkedYaml, "id: a\nconcerns: [pores]\n".getBytes(StandardCharsets.UTF_16LE));
        Cli.Result r = Cli.run("screen", csv.toString(), jsonl.toString(), yaml.toString(), unmarkedYaml.toString(),
                "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        String unmarked = "UTF-16 or UTF-32 text without a byte-order mark (a NUL byte beside each letter): ";
        assertThat(r.out().lines().skip(1).toList()).containsExactly(
                csv + ",,,,,,,,,,,,,,,,," + unmarked + "CSV is read as UTF-8; save the file as UTF-8",
                jsonl + ",,,,,,,,,,,,,,,,," + unmarked + "JSON Lines is read as UTF-8; save the file as UTF-8",
                yaml + ",,,,,,,,,,,,,,,,,\"UTF-16 text (what some editors and spreadsheets save as \"\"Unicode text\"\"):"
                        + " YAML is read as UTF-8; save the file as UTF-8\"",
                unmarkedYaml + ",,,,,,,,,,,,,,,,," + unmarked + "YAML is read as UTF-8; save the file as UTF-8");
        assertThat(r.err()).contains("4 records").contains("encoding 4");

        Cli.Result piped = Cli.runWithInput("{\"id\":\"a\",\"concerns\":[\"pores\"]}\n".getBytes(StandardCharsets.UTF_16),
                "screen", "-", "--format", "csv");
        assertThat(piped.exit()).isEqualTo(1);
        assertThat(piped.out().lines().skip(1).toList()).as("said of the input, whose format its bytes do not show")
                .containsExactly("<stdin>,,,,,,,,,,,,,,,,,\"UTF-16 text (what some editors and spreadsheets save as"
                        + " \"\"Unicode text\"\"): standard input is read as UTF-8; save the file as UTF-8\"");
    }

    @Test
    void utf16Or32JsonIsOneErrorRecordSayingToSaveAsUtf8NeverAnInternalError() throws Exception {
        String array = "[{\"id\":\"a\",\"concerns\":[\"pores\"]},{\"id\":\"b\",\"concerns\":[\"pores\"],\"concerns\":[]},"
                + "{\"id\":\"c\",\"concerns\":[\"pores\"]}]";
        Path marked = dir.resolve("marked.json");
        Files.write(marked, ("\uFEFF" + array).getBytes(StandardCharsets.UTF_16LE));
        Path unmarked = dir.resolve("unmarked.json");
        Files.write(unmarked, array.getBytes(StandardCharsets.UTF_16BE));
        Path wide = dir.resolve("wide.json");
        Files.write(wide, array.getBytes(Charset.forName("UTF-32LE")));
        Cli.Result r = Cli.run("screen", marked.toString(), unmarked.toString(), wide.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().skip(1).toList()).containsExactly(
                marked + ",,,,,,,,,,,,,,,,,\"1:1: UTF-16 text (what some editors save as \"\"Unicode\"\"): JSON is read as UTF-8;"
                        + " save the file as UTF-8\"",
                unmarked + ",,,,,,,,,,,,,,,,,1:1: a NUL byte (UTF-16 or UTF-32 text has them in every character): JSON is"
                        + " read as UTF-8; save the file as UTF-8",
                wide + ",,,,,,,,,,,,,,,,,1:2: a NUL byte (UTF-16 or UTF-32 text has them in every character): JSON is"
                        + " read as UTF-8; save the file as UTF-8");
        assertThat(r.err()).contains("3 records").contains("encoding 3");
        Cli.Result check = Cli.run("check", unmarked.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("1:1: a NUL byte (UTF-16 or UTF-32 text has them in every character)");
    }

    @Test
    void aLargeYamlOrJsonFileIsReadRecordByRecordInOrderWithTheSameErrors() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= 1500; i++) {
            yaml.append(i == 1 ? "" : "---\n").append(i == 1200 ? "id: broken\nconcerns: [pores\n" : "id: y" + i + "\nconcerns: [pores]\n");
        }
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 600; i++) {
            json.append(i == 1 ? "" : ",").append("{\"id\":\"j").append(i).append("\",\"concerns\":[\"pores\"]")
                    .append(i == 300 ? ",\"age\":\"old\"}" : "}");
        }
        Path big = file("big.yaml", yaml.toString());
        Path array = file("big.json", json.append("]").toString());
        assertThat(Files.size(big)).isGreaterThan(16 << 10);
        assertThat(Files.size(array)).isGreaterThan(16 << 10);
        Cli.Result r = Cli.run("screen", big.toString(), array.toString(), "--format", "csv", "--jobs", "3");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = r.out().lines().toList();
        assertThat(rows).hasSize(1 + 1500 + 600);
        List<String> sources = IntStream.rangeClosed(1, 1500).mapToObj(i -> big + "#" + i).collect(Collectors.toList());
        IntStream.rangeClosed(1, 600).mapToObj(i -> array + "#" + i).forEach(sources::add);
        assertThat(rows.subList(1, rows.size())).extracting(l -> l.substring(0, l.indexOf(','))).containsExactlyElementsOf(sources);
        assertThat(rows.get(1199)).contains(",y1199,");
        assertThat(rows.get(1200)).contains("a list that starts here with `[` is not closed with `]`");
        assertThat(rows.subList(1201, 1501)).allMatch(l -> l.endsWith("not read: an earlier document in this file could not be read"));
        assertThat(rows.get(1500 + 300)).contains("`age` must be a whole number");
        assertThat(rows.get(1500 + 301)).contains(",j301,");
    }

    /** A repeated key spoils its own record only: the parser can go on, so the records after it are screened. */
    @Test
    void aRepeatedKeyInAnArrayOrAMultiDocumentFileLeavesTheRecordsAfterItRead() throws Exception {
        Path array = file("duplicate.json", "[{\"id\":\"a\",\"concerns\":[\"pores\"]},"
                + "{\"id\":\"b\",\"concerns\":[\"pores\"],\"concerns\":[\"x\"]},"
                + "{\"id\":\"c\",\"concerns\":[\"p, ]\\\"\"]}, {\"id\":\"d\",\"concerns\":[\"pores\"]}]");
        Path documents = file("duplicate.yaml", "id: a\nconcerns: [pores]\n---\nid: b\nanswers: {keloids: no, keloids: yes}\n"
                + "concerns: [pores]\n---\nid: c\nconcerns: [pores]\n");
        Cli.Result r = Cli.run("screen", array.toString(), documents.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).extracting(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(','))).containsExactly(
                "duplicate.json#1", "duplicate.json#2", "duplicate.json#3", "duplicate.json#4",
                "duplicate.yaml#1", "duplicate.yaml#2", "duplicate.yaml#3");
        assertThat(rows.get(1)).endsWith(",b,,,,,,,,,,,,,,,,1:65: duplicate key `concerns`: a second value could hide the first");
        assertThat(rows.get(5)).endsWith(",b,,,,,,,,,,,,,,,,5:24: duplicate key `keloids`: a second value could hide the first");
        assertThat(rows.get(2)).contains("duplicate.json#3,c,,not-indicated,not-indicated,"); // its concern is "p, ]\""
        assertThat(List.of(rows.get(3), rows.get(6))).allMatch(l -> l.contains(",review,review,"));
        assertThat(r.err()).contains("5 assessed, 2 errors").contains("errors             duplicate_key 2 (the first: ");
    }

    @Test
    void everyElementOfAJsonArrayAfterOneThatStoppedTheParserIsReportedNotRead() throws Exception {
        Path syntax = file("syntax.json", "[{\"id\":\"a\",\"concerns\":[\"pores\"]}, oops, {\"id\":\"c\"}, {\"id\":\"d\"}]");
        Cli.Result r = Cli.run("screen", syntax.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).extracting(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(','))).containsExactly(
                "syntax.json#1", "syntax.json#2", "syntax.json#3", "syntax.json#4");
        assertThat(List.of(rows.get(2), rows.get(3)))
                .allMatch(l -> l.endsWith(": not read: an earlier record of this array could not be read"));
        assertThat(rows.get(1)).contains("text without quotes").contains("the records after it were not read");
        Path bracket = file("bracket.json", "[{\"id\":\"a\",\"concerns\":[\"pores\"]},\n{\"id\":\"b\",\"concerns\":[\"pores\"},\n"
                + "{\"id\":\"c\",\"concerns\":[\"pores\"]},\n{\"id\":\"d\",\"concerns\":[\"pores\"]}]\n");
        List<String> mismatched = Cli.run("screen", bracket.toString(), "--format", "csv").out().lines().skip(1).toList();
        assertThat(mismatched).extracting(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(',')))
                .containsExactly("bracket.json#1", "bracket.json#2", "bracket.json#3", "bracket.json#4");
        assertThat(mismatched.get(1)).contains("its `]` is missing before this `}`; the records after it were not read");
        // Each at the place it starts, with the id it names: whose intake was not read, and where.
        assertThat(mismatched.get(2)).contains("bracket.json#3,c,").endsWith(",3:1: not read: an earlier record of this"
                + " array could not be read");
        assertThat(mismatched.get(3)).contains("bracket.json#4,d,").endsWith(",4:1: not read: an earlier record of this"
                + " array could not be read");
        assertThat(rows.get(3)).contains("syntax.json#4,d,").endsWith(",1:53: not read: an earlier record of this array"
                + " could not be read");
    }

    @Test
    void aBraceOrCommaLeftOutOrABracketTooManyInAJsonArrayLosesNoRecordAfterIt() throws Exception {
        Path brace = file("brace.json", "[{\"id\":\"P-1\",\"concerns\":[\"pores\"]},\n{\"id\":\"P-2\",\"concerns\":[\"pores\"],\n"
                + "{\"id\":\"P-3\",\"concerns\":[\"pores\"]},\n{\"id\":\"P-4\",\"concerns\":[\"pores\"]}]\n");
        Path comma = file("comma.json", "[{\"id\":\"P-1\",\"concerns\":[\"pores\"]} {\"id\":\"P-2\",\"concerns\":[\"pores\"]},\n"
                + "{\"id\":\"P-3\",\"concerns\":[\"pores\"]}]\n");
        Cli.Result r = Cli.run("screen", brace.toString(), comma.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly(
                "brace.json#1,P-1", "brace.json#2,P-2", "brace.json#3,P-3", "brace.json#4,P-4",
                "comma.json#1,P-1", "comma.json#2,P-2", "comma.json#3,P-3");
        assertThat(rows.get(1)).endsWith(",\"3:1: a `{` where a field name should be: the `}` that ends the record before it"
                + " left out, a `{` typed twice, or a field's name and its colon left out before it; the records after it"
                + " were not read\"");
        assertThat(rows.get(2)).endsWith(",3:1: not read: an earlier record of this array could not be read");
        assertThat(rows.get(3)).endsWith(",4:1: not read: an earlier record of this array could not be read");
        assertThat(rows.get(5)).endsWith(",1:36: a comma is missing between two list entries; the records after it were"
                + " not read");
        assertThat(rows.get(6)).endsWith(",2:1: not read: an earlier record of this array could not be read");
        Path early = file("early.json", "[{\"id\":\"P-1\",\"concerns\":[\"pores\"]}],\n{\"id\":\"P-2\",\"concerns\":[\"pores\"]},\n"
                + "{\"id\":\"P-3\",\"concerns\":[\"pores\"]}]\n");
        Path second = file("second.json", "[{\"id\":\"P-1\",\"concerns\":[\"pores\"]}]\n[{\"id\":\"P-2\",\"concerns\":[\"pores\"]}]\n");
        List<String> more = rowsByName(Cli.run("screen", early.toString(), second.toString(), "--format", "csv"));
        assertThat(sourcesAndIds(more)).containsExactly(
                "early.json#1,P-1", "early.json#2,P-2", "early.json#3,P-3", "second.json#1,P-1", "second.json#2,P-2");
        assertThat(more.get(1)).endsWith(",\"1:35: more records follow the `]` that ends this list of records (a `]`"
                + " typed once too often, or a second list); the records after it were not read\"");
        assertThat(more.get(2)).endsWith(",3:1: not read: an earlier record of this array could not be read");
        assertThat(more.get(4)).contains(",\"1:35: more records follow the `]`");
    }

    /** A `}` typed twice, a trailing comma, a record's `{` left out: each error names the slip, not the parser's view. */
    @Test
    void aSlipAtARecordsStartOrAfterItsEndIsSaidAsTheSlipInEachKindOfJsonFile() throws Exception {
        Path lines = file("lines.jsonl", "{\"id\":\"P-1\",\"concerns\":[\"pores\"]}}\n"
                + "\"id\":\"P-2\",\"concerns\":[\"pores\"]}\n"
                + "{\"id\":\"P-3\",\"answers\":{\"blood-thinners\":\"no\"}},\"concerns\":[\"pores\"],\"medications\":[\"warfarin\"]}\n"
                + "{\"id\":\"P-4\",\"concerns\":[\"pores\"]},\n");
        Path one = file("one.json", "{\"id\":\"P-5\",\"concerns\":[\"pores\"]}\n}\n");
        Path array = file("array.json", "[{\"id\":\"P-6\",\"concerns\":[\"pores\"]}},\n{\"id\":\"P-7\",\"concerns\":[\"pores\"]}]\n");
        Cli.Result r = Cli.run("screen", lines.toString(), one.toString(), array.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("lines.jsonl:1,P-1", "lines.jsonl:2,P-2", "lines.jsonl:3,P-3",
                "lines.jsonl:4,P-4", "one.json,P-5", "array.json#1,P-6", "array.json#2,P-7");
        assertThat(rows.get(0)).endsWith(",1:34: a `}` after the profile's closing `}`: one typed once too often");
        assertThat(rows.get(1)).endsWith(",2:1: a field name where a record should start: the `{` that opens the record"
                + " is missing before it");
        // The fields after the early `}` hold the concerns and the warfarin: said as the slip, never assessed.
        assertThat(rows.get(2)).endsWith(",\"3:48: a field name after the profile's closing `}`: a `}` typed once too"
                + " often ended the profile early, and the fields after it are the profile's\"");
        assertThat(rows.get(3)).endsWith(",\"4:34: a comma after the profile's closing `}`, with nothing after it: delete"
                + " it\"");
        assertThat(rows.get(4)).endsWith(",2:1: a `}` after the profile's closing `}`: one typed once too often");
        assertThat(rows.get(5)).as("the record before the stray `}`, read whole").contains(",P-6,,review,review,")
                .doesNotContain("typed once too often");
        assertThat(rows.get(6)).endsWith(",1:35: a `}` after the closing `}` of the record before: one typed once too"
                + " often; the records after it were not read");
        Path open = file("open.json", "[{\"id\":\"P-8\",\"concerns\":[\"pores\"]},\n{\"id\":\"P-9\",\"concerns\":[\"pores\"]}\n");
        List<String> unclosed = rowsByName(Cli.run("screen", open.toString(), "--format", "csv"));
        assertThat(sourcesAndIds(unclosed)).as("the data ends where a stray `}` is looked for")
                .containsExactly("open.json#1,P-8", "open.json#2,P-9", "open.json#3,");
        assertThat(unclosed.get(2)).contains(",3:1: a list is not closed: its `]` is missing");
    }

    @Test
    void aQuoteSlipInAOneLineArrayOrAListWithoutItsBracketLosesNoRecordAfterIt() throws Exception {
        Path quote = file("quote.json", "[{\"id\":\"P-1\",\"concerns\":[\"pores],\"medications\":[]},"
                + "{\"id\":\"P-2\",\"concerns\":[\"pores\"]},{\"id\":\"P-3\",\"concerns\":[\"pores\"]}]\n");
        Path bracket = file("bracket.json", "{\"id\":\"P-1\",\"concerns\":[\"pores\"]},\n"
                + "{\"id\":\"P-2\",\"concerns\":[\"pores\"]}]\n");
        Cli.Result r = Cli.run("screen", quote.toString(), bracket.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly(
                "quote.json#1,P-1", "quote.json#2,P-2", "quote.json#3,P-3", "bracket.json#1,P-1", "bracket.json#2,P-2");
        assertThat(rows.get(1)).endsWith(",1:52: not read: an earlier record of this array could not be read");
        assertThat(rows.get(2)).endsWith(",1:86: not read: an earlier record of this array could not be read");
        assertThat(rows.get(3)).endsWith(",\"1:34: a comma after the profile, and more records after it: a list of"
                + " records is written inside `[` and `]`, and the `[` at the start is missing; the records after it were"
                + " not read\"");
        assertThat(rows.get(4)).endsWith(",2:1: not read: an earlier record of this file could not be read");
    }

    @Test
    void aBrokenFirstProfileABraceLeftOutOrABracketTypedTwiceLosesNoRecordAfterIt() throws Exception {
        Path lines = file("lines.json", "{\"id\":\"P-1\",\"concerns\":[\"pores\"],}\n\"id\":\"P-2\",\"concerns\":[\"pores\"]}\n"
                + "{\"id\":\"P-3\",\"concerns\":[\"pores\"]}\n{\"id\":\"P-4\",\"concerns\":[\"pores\"]}\n");
        Path brace = file("brace.json", "[\n\"id\":\"P-1\",\"concerns\":[\"pores\"]},\n{\"id\":\"P-2\",\"concerns\":[\"pores\"]}]\n");
        Path twice = file("twice.json", "[[{\"id\":\"P-1\",\"concerns\":[\"pores\"]},\n{\"id\":\"P-2\",\"concerns\":[\"pores\"]}]\n");
        Path one = file("one.json", "\"id\":\"P-1\",\"concerns\":[\"pores\"]}\n");
        Path closed = file("closed.json", "{\"id\":\"P-1\",\"answers\":{\"pregnancy\":\"no\"}},\"concerns\":[\"pores\"]}");
        Path late = file("late.json", "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"answers\":{\"pregnancy\":\"no\"}},\"age\":3}");
        Path nested = file("nested.json", "[[{\"id\":\"P-1\",\"concerns\":[\"pores\"]}], {\"id\":\"P-2\",\"concerns\":[\"pores\"]}]");
        Cli.Result r = Cli.run("screen", lines.toString(), brace.toString(), twice.toString(), one.toString(),
                closed.toString(), late.toString(), nested.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("lines.json#1,P-1", "lines.json#2,P-2", "lines.json#3,P-3",
                "lines.json#4,P-4", "brace.json#1,P-1", "brace.json#2,P-2", "twice.json#1,P-1", "twice.json#2,P-2",
                "one.json,P-1", "closed.json#1,P-1", "closed.json#2,", "late.json#1,P-1",
                "late.json#2,", "nested.json#1,", "nested.json#2,P-2");
        assertThat(rows.get(0)).endsWith(",1:34: a comma before `}`: JSON allows none after the last entry; the records"
                + " after it were not read");
        assertThat(rows.get(2)).endsWith(",3:1: not read: an earlier record of this file could not be read");
        assertThat(rows.get(4)).endsWith(",2:1: a field name where a record should start: the `{` that opens the record"
                + " is missing before it; the records after it were not read");
        assertThat(rows.get(6)).endsWith(",1:2: a list inside the list of records (its `[` typed twice?): the records"
                + " are written inside one `[` and `]`; the records after it were not read");
        assertThat(rows.get(7)).endsWith(",2:1: not read: an earlier record of this array could not be read");
        assertThat(rows.get(8)).endsWith(",1:1: a field name where a record should start: the `{` that opens the record"
                + " is missing before it");
        assertThat(rows.get(9)).endsWith(",\"1:43: a field name where a record should start: the `{` that opens the"
                + " record is missing before it, or the record before it goes on and its `}` was typed once too often; the"
                + " records after it were not read\"");
        assertThat(rows.get(11)).contains(",\"1:64: a field name where a record should start: the `{` that opens the"
                + " record is missing before it, or the record before it goes on and its `}` was typed once too often;");
        // A list closed inside a list that goes on is an element of the wrong type, and reading goes on after it.
        assertThat(rows.get(13)).contains(",\"1:2: expected an intake profile, found a list");
        assertThat(rows.get(14)).contains(",review,review,");
    }

    @Test
    void aRecordThatABraceTypedTwiceEndedEarlyIsNotAssessedOnThePartBeforeIt() throws Exception {
        // Read up to the stray `}`, each record would be suitable: its answer "no" rules out a blood thinner that only
        // the medications after the `}` show.
        String answers = String.join(", ", KnowledgeBaseLoader.bundled().questionIds().stream()
                .map(q -> "\"" + q + "\": \"no\"").toList());
        String before = "\"concerns\": [\"pores\"], \"conditions\": [], \"fitzpatrick\": \"II\", \"answers\": {" + answers;
        Path json = file("early.json", "[{\"id\": \"P-1\", " + before + "}}, \"medications\": [\"warfarin\"]},\n"
                + "{\"id\": \"P-2\", \"concerns\": [\"pores\"]}]\n");
        Path yaml = file("early.yaml", "{id: P-1, " + before + "}}, medications: [warfarin]}\n---\nid: P-2\n"
                + "concerns: [pores]\n");
        Path whole = file("whole.yaml", "{id: P-1, " + before + "}, medications: [warfarin]}\n");
        Cli.Result r = Cli.run("screen", json.toString(), yaml.toString(), whole.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("early.json#1,P-1", "early.json#2,", "early.json#3,P-2",
                "early.yaml#1,P-1", "early.yaml#2,P-2", "whole.yaml,P-1");
        assertThat(rows.get(0)).contains(": a field name after this record's `}`: a `}` typed once too often ended the"
                + " record early, or the next record's `{` was left out; the record is not assessed, as fields of it may"
                + " come after that `}`");
        assertThat(rows.get(3)).contains(": text after the end of this document, before the next `---` (a `}` typed once"
                + " too often, a `---` mistyped, or a `%` or `...` line?): the document is not assessed, as fields of it"
                + " may come after");
        assertThat(rows.get(5)).startsWith("whole.yaml,P-1,,contraindicated,");
        assertThat(r.out()).doesNotContain("suitable");
    }

    @Test
    void aFlowDocumentsSeparatorMistypedOrRunOnLosesNoDocument() throws Exception {
        String doc = "{id: P-%d, concerns: [pores]}\n";
        Path dashes = file("dashes.yaml", doc.formatted(1) + "--\n" + doc.formatted(2) + "---\n" + doc.formatted(3));
        Path runOn = file("runon.yaml", doc.formatted(1) + "---" + doc.formatted(2) + "---\n" + doc.formatted(3));
        Cli.Result r = Cli.run("screen", dashes.toString(), runOn.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        List<String> rows = rowsByName(r);
        assertThat(sourcesAndIds(rows)).containsExactly("dashes.yaml#1,P-1", "dashes.yaml#2,P-2", "dashes.yaml#3,P-3",
                "runon.yaml#1,P-1", "runon.yaml#2,P-2", "runon.yaml#3,P-3");
        assertThat(rows.get(0)).contains("2:1: text after the end of this document");
        assertThat(rows.get(1)).endsWith(",3:1: not read: an earlier document in this file could not be read; it follows"
                + " what looks like its separator `---` mistyped");
        // The document before a `---` with its line break left out was read whole: only the one after it is the error.
        assertThat(rows.get(3)).startsWith("runon.yaml#1,P-1,,review,review,");
        assertThat(rows.get(4)).contains("2:1: a `---` line is missing before this line");
    }

    @Test
    void aLineLikeAMistypedSeparatorInADocumentReadWholeSplitsNothing() throws Exception {
        Path yaml = file("notes.yaml", "id: d1\nnotes: ok---\nconcerns: [pores]\n---\n]\n");
        List<String> rows = rowsByName(Cli.run("screen", yaml.toString(), "--format", "csv"));
        assertThat(sourcesAndIds(rows)).containsExactly("notes.yaml#1,d1", "notes.yaml#2,");
        assertThat(rows.get(0)).startsWith("notes.yaml#1,d1,,review,review,");
        assertThat(rows.get(1)).endsWith(",5:1: a `]` with no `[` open before it");
    }

    @Test
    void csvOutputNeutralisesFormulaStarts() throws Exception {
        Path csv = file("inj.csv", "id,concerns,conditions,medications\n"
                + "\"=HYPERLINK(\"\"http://x\"\")\",\"+cmd;-1+1;@SUM(A1)\",,\n"
                + "\"\tTAB\",\"-2\",,\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "csv");
        List<String> out = lines(r.out());
        assertThat(out.get(0)).startsWith("source,id,recommendation,microneedling,microdermabrasion,contraindications");
        assertThat(out.get(1)).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",").contains(",'+cmd;-1+1;@SUM(A1),");
        assertThat(out.get(2)).contains(",TAB,").contains(",'-2,");
        assertThat(r.out()).doesNotContain(",=").doesNotContain(",+").doesNotContain(",@").doesNotContain(",-");
    }

    @Test
    void otherFilesInADirectoryAreSkippedAndCountedButNamedOnesAreErrors() throws Exception {
        file("d/p.yaml", "id: a\nconcerns: [pores]\n");
        file("d/readme.txt", "hello");
        file("d/photo.png", "x");
        Path loop = dir.resolve("d/loop");
        Files.createSymbolicLink(loop, dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("d/dangling.yaml"), dir.resolve("nowhere.yaml"));
        new ProcessBuilder("mkfifo", dir.resolve("d/pipe.yaml").toString()).start().waitFor();
        Cli.Result r = Cli.run("screen", dir.resolve("d").toString(), dir.resolve("d/readme.txt").toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        List<String> out = lines(r.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).contains("dangling.yaml").contains("dangling or looping symbolic link");
        assertThat(out.get(1)).contains("p.yaml").contains("\"id\":\"a\"");
        assertThat(out.get(2)).contains("readme.txt").contains("not an intake file type");
        assertThat(r.err()).contains("files of other types").contains("symbolic links to directories")
                .contains("not regular files");
    }

    @Test
    void aWorkbookOrTabSeparatedFileSaysHowToMakeItReadableNamedOrCountedInAWalk() throws Exception {
        file("w/Intake.XLSX", "PK\u0003\u0004");
        file("w/export.tsv", "id\tconcerns\nP-1\tpores\n");
        file("w/p.yaml", "id: a\nconcerns: [pores]\n");
        Cli.Result walked = Cli.run("screen", dir.resolve("w").toString(), "--format", "jsonl");
        assertThat(walked.exit()).isZero();
        assertThat(lines(walked.out())).hasSize(1);
        assertThat(walked.err()).contains("skipped 1: spreadsheet workbooks (not read: save a sheet as CSV UTF-8 to screen it)")
                .contains("skipped 1: tab-separated files (not read: name one .csv to screen it)")
                .doesNotContain("files of other types");
        Cli.Result named = Cli.run("screen", dir.resolve("w/Intake.XLSX").toString(), dir.resolve("w/export.tsv").toString(),
                "--format", "jsonl");
        assertThat(named.exit()).isEqualTo(1);
        List<String> out = lines(named.out());
        assertThat(out.get(0)).contains("not an intake file type (.yaml, .yml, .json, .jsonl, .ndjson, .csv): a spreadsheet"
                + " workbook, which is not read: save the sheet as \\\"CSV UTF-8\\\" and screen the .csv");
        assertThat(out.get(1)).contains(": tab-separated text, which is read as CSV (its tabs are found) from a file named"
                + " .csv, or from standard input with `screen --stdin-format csv`");
    }

    @Test
    void hiddenEntriesOfAWalkedFolderAreSkippedAndCountedButANamedOneIsRead() throws Exception {
        file("d/p1.yaml", "id: a\nconcerns: [pores]\n");
        Cli.write(dir, "d/._p1.yaml", "\u0000\u0005\u0016\u0007 Mac OS X metadata"); // what a Mac copies beside p1.yaml
        file("d/.git/HEAD.yaml", "id: b\nconcerns: [pores]\n");
        Path named = file("d/.kept.yaml", "id: c\nconcerns: [pores]\n");
        Cli.Result r = Cli.run("screen", dir.resolve("d").toString(), named.toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(lines(r.out())).hasSize(3);
        assertThat(lines(r.out()).get(1)).contains("p1.yaml,a,");
        assertThat(lines(r.out()).get(2)).contains(".kept.yaml,c,");
        assertThat(r.err()).contains("2 records in").contains("3 files skipped")
                .contains("skipped 3: hidden entries (names starting with .)");
    }

    @Test
    void theDefaultFormatFollowsStandardOutputAloneWhateverStandardInputIs() throws Exception {
        String line = "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n";
        Cli.Result onTerminal = Cli.runWith(line, cl -> ((SkinAdvisor) cl.getCommand()).terminal(new Terminal(false, true, false, false)),
                "screen", "-");
        assertThat(onTerminal.out()).startsWith("\u001b[1mSOURCE ");
        Path report = dir.resolve("report.jsonl");
        Cli.Result toFile = Cli.runWith(line, cl -> ((SkinAdvisor) cl.getCommand()).terminal(new Terminal(false, true, true, false)),
                "screen", "-", "--output", report.toString());
        assertThat(toFile.exit()).isZero();
        assertThat(report).content().startsWith("{\"source\":\"<stdin>:1\"");
        Cli.Result piped = Cli.runWith(line, cl -> ((SkinAdvisor) cl.getCommand()).terminal(new Terminal(false, false, true, false)),
                "screen", "-");
        assertThat(piped.out()).startsWith("{\"source\":\"<stdin>:1\"");
    }

    @Test
    void onATerminalTheTableKeepsWithinEightyColumnsAndInAFileEachRecordIsOneLine() throws Exception {
        String record = "{\"id\":\"P-1\",\"concerns\":[\"acne scars\",\"glow\"],\"conditions\":[\"rosacea\",\"hay fever\"],"
                + "\"medications\":[\"warfarin\",\"tretinoin cream\"],\"notes\":\"n\"}\n";
        Path p = file("t.jsonl", record + record);
        Terminal both = new Terminal(false, true, true, false);
        Cli.Result onTerminal = Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand()).terminal(both), "screen",
                p.toString(), "--no-progress");
        List<String> lines = lines(onTerminal.out().replaceAll("\u001b\\[[0-9;]*m", ""));
        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(80));
        assertThat(lines.get(1)).contains("t.jsonl:1 P-1 ").endsWith(" -");
        assertThat(lines.get(2)).startsWith("    (found: ");
        assertThat(lines.stream().filter(l -> !l.startsWith(" "))).hasSize(3);

        Path report = dir.resolve("report.txt");
        assertThat(Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand()).terminal(both), "screen", p.toString(),
                "--output", report.toString()).exit()).isZero();
        assertThat(Files.readAllLines(report)).hasSize(3).allSatisfy(l -> assertThat(l).doesNotStartWith(" "))
                .element(1).asString().contains("(notes: not screened, read them)");
        assertThat(table(p)).as("piped").hasSize(3);
        assertThat(onTerminal.out()).contains("\u001b[1;31mcontraindicated\u001b[0m");
        Terminal noColour = new Terminal(false, true, true, true);
        assertThat(Cli.runWith("", cl -> ((SkinAdvisor) cl.getCommand()).terminal(noColour), "screen", p.toString(),
                "--no-progress").out()).as("NO_COLOR").doesNotContain("\u001b")
                .isEqualTo(onTerminal.out().replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void helpSaysWhatAWalkSkips() {
        assertThat(Cli.run("screen", "--help").out().replaceAll("\\s+", " "))
                .contains("(walked recursively in sorted order; other files and hidden ones are skipped and counted)");
    }

    @Test
    void anInputWithoutASingleRecordIsAnErrorRecordSoEveryInputIsAccountedFor() throws Exception {
        file("e/array.json", "[ ]");
        file("e/blank.jsonl", "\n  \n");
        file("e/header.csv", "id,concerns,conditions,medications\n");
        file("e/nothing.jsonl", "");
        file("e/p.yaml", "id: a\nconcerns: [pores]\n");
        file("e/sep.csv", "sep=;\r\n");
        Cli.Result r = Cli.run("screen", dir.resolve("e").toString(), "--format", "csv");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        String e = dir.resolve("e").toString();
        List<String> rows = r.out().lines().toList();
        assertThat(rows).hasSize(7);
        assertThat(rows.subList(1, 5)).containsExactly(
                e + "/array.json,,,,,,,,,,,,,,,,,empty array: no intake profile",
                e + "/blank.jsonl,,,,,,,,,,,,,,,,,empty file or only blank lines: no intake profile",
                e + "/header.csv,,,,,,,,,,,,,,,,,a header row and no rows: no intake profile",
                e + "/nothing.jsonl,,,,,,,,,,,,,,,,,empty file or only blank lines: no intake profile");
        assertThat(rows.get(5)).startsWith(e + "/p.yaml,a,");
        assertThat(rows.get(6)).isEqualTo(e + "/sep.csv,,,,,,,,,,,,,,,,,a `sep=` line and no header row: no intake profile");
        assertThat(r.err()).contains("6 records").contains("1 assessed, 5 errors");
        Cli.Result stdin = Cli.runWithInput("id,concerns\n", "screen", "-", "--format", "jsonl");
        assertThat(stdin.exit()).isEqualTo(1);
        assertThat(stdin.out()).startsWith("{\"source\":\"<stdin>\",\"error\":\"a header row and no rows: no intake profile\","
                + "\"code\":\"empty\"");
        assertThat(stdin.err()).startsWith("skinadvisor: 1 record in ").contains("0 assessed, 1 error, 0 warnings, 0 files skipped");
        for (String format : List.of("yaml", "json", "jsonl", "csv")) {
            assertThat(Cli.runWithInput("", "screen", "-", "--stdin-format", format, "--format", "jsonl").out()).as(format)
                    .startsWith("{\"source\":\"<stdin>\",\"error\":\"empty standard input: no intake profile\",\"code\":\"empty\"");
        }
        assertThat(Cli.runWithInput("", "screen", "-", "--format", "jsonl").out())
                .contains("\"error\":\"empty standard input: no intake profile\"");
        file("no-forms/readme.txt", "the export job writes here");
        Files.createDirectories(dir.resolve("no-forms/sub"));
        Cli.Result folder = Cli.run("screen", dir.resolve("no-forms").toString(), "--format", "csv");
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.out().lines().toList()).hasSize(2).last().isEqualTo(dir.resolve("no-forms")
                + ",,,,,,,,,,,,,,,,,\"no intake file in this directory (.yaml, .yml, .json, .jsonl, .ndjson, .csv)\"");
        assertThat(folder.err()).contains("1 record in").contains("1 file skipped");
    }

    @Test
    void readsStandardInputInAnyFormat() {
        Cli.Result jsonl = Cli.runWithInput("{\"id\":\"s1\",\"concerns\":[\"pores\"]}\n{\"id\":\"s2\",\"concerns\":[\"pores\"]}\n",
                "screen", "-", "--format", "jsonl");
        assertThat(lines(jsonl.out())).hasSize(2).allMatch(l -> l.startsWith("{\"source\":\"<stdin>:"));
        Cli.Result csv = Cli.runWithInput("id,concerns\nc1,pores\n", "screen", "-", "--format", "csv");
        assertThat(csv.out()).contains("<stdin>:2,c1,");
        Cli.Result yaml = Cli.runWithInput("id: y\nconcerns: [pores]\n", "screen", "-", "--format", "jsonl", "--stdin-format", "yaml");
        assertThat(yaml.out()).contains("\"id\":\"y\"");

        // YAML's flow style starts with { as JSON does, but its names are not in double quotes.
        Cli.Result flow = Cli.runWithInput("{id: f1, concerns: [pores]}\n", "screen", "-", "--format", "csv");
        assertThat(flow.exit()).isZero();
        assertThat(flow.out()).contains("<stdin>,f1,");
        Cli.Result multiLineJson = Cli.runWithInput("{\n  \"id\": \"m1\", \"concerns\": [\"pores\"]\n}\n", "screen", "-",
                "--format", "csv");
        assertThat(multiLineJson.out()).contains("<stdin>,m1,");
        Cli.Result array = Cli.runWithInput("[{\"id\":\"j1\",\"concerns\":[\"pores\"]},{\"id\":\"j2\",\"concerns\":[\"pores\"]}]\n",
                "screen", "-", "--format", "csv");
        assertThat(lines(array.out())).hasSize(3);
        assertThat(lines(array.out()).get(2)).startsWith("<stdin>#2,j2,,review,review,");
    }

    @Test
    void textFormatIsACompactTableWithNeutralisedInput() throws Exception {
        Path p = file("t.jsonl", "{\"id\":\"x\\u001b[2J\",\"concerns\":[\"pores\"]}\n");
        Cli.Result r = Cli.run("screen", p.toString(), "--format", "text");
        assertThat(r.out()).startsWith("SOURCE").contains("MICRONEEDLING").contains("x\\u001b[2J").doesNotContain("\u001b");
    }

    @Test
    void theTableCountsUnrecognisedConcernsInPlainEnglish() throws Exception {
        Path p = file("t.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\",\"zzz\"]}\n"
                + "{\"id\":\"b\",\"concerns\":[\"pores\",\"zzz\",\"qqq\"]}\n");
        List<String> rows = table(p);
        assertThat(rows.get(1)).endsWith("(1 concern not recognised)");
        assertThat(rows.get(2)).endsWith("(2 concerns not recognised)");
    }

    /** A warning may hold a `;`, so the CSV parts warnings with a bar, as it parts errors and what to confirm. */
    @Test
    void theCsvPartsWarningsWithABar() throws Exception {
        Path p = file("w.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"],\"skin_type\":\"IV\",\"x\":1}\n");
        String row = rowsByName(Cli.run("screen", p.toString(), "--format", "csv")).get(0);
        assertThat(row).endsWith(",\"1:32: unknown field `skin_type` (a skin type I-VI goes in `fitzpatrick`; an answer"
                + " to `skin-type` goes under `answers`): not read, only searched for terms to ask about | 1:49: unknown"
                + " field `x`: not read, only searched for terms to ask about\",");
    }

    @Test
    void aWarningIsShownInTheTableAndCountedInTheSummary() throws Exception {
        Path p = file("w.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"],\"medicatons\":[\"warfarin\"]}\n"
                + "{\"id\":\"b\",\"concerns\":[\"pores\"],\"x\":1,\"y\":2}\n{\"id\":\"c\",\"concerns\":[\"pores\"]}\n");
        Cli.Result r = Cli.run("screen", p.toString(), "--format", "text");
        List<String> rows = lines(r.out());
        assertThat(rows.get(1)).endsWith("(warning: 1:32: unknown field `medicatons` (did you mean `medications`?): not read, only searched for terms to ask about)");
        assertThat(rows.get(2)).endsWith("(2 warnings, the first: 2:32: unknown field `x`: not read, only searched for terms to ask about)");
        assertThat(rows.get(3)).endsWith("review            -  (ask 23 questions)");
        assertThat(r.err()).contains("3 assessed, 0 errors, 3 warnings, 0 files skipped");
    }

    @Test
    void theTableSaysWhichContraindicationsWereFoundOrAreToConfirmAndWhatToAsk() throws Exception {
        String known = ",\"age\":30,\"fitzpatrick\":\"II\"";
        Path p = file("t.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"],\"conditions\":[\"pregnant\"],"
                + "\"medications\":[\"warfarin\"]" + known + "}\n"
                + "{\"id\":\"b\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[\"aspirn\"]" + known + "}\n"
                + "{\"id\":\"c\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[],\"age\":30}\n"
                + "{\"id\":\"d\",\"concerns\":[\"pores\"],\"conditions\":[]" + known
                + ",\"answers\":{\"isotretinoin\":\"no\",\"topical-retinoids\":\"no\",\"high-dose-steroids\":\"no\"}}\n"
                + "{\"id\":\"e\",\"concerns\":[\"pores\"],\"conditions\":[]" + known
                + ",\"answers\":{\"isotretinoin\":\"no\"}}\n"
                + "{\"id\":\"f\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[]" + known + "}\n"
                + "{\"id\":\"g\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[\"warfarin\"]" + known
                + ",\"answers\":{\"blood-thinners\":\"no\",\"pregnancy\":\"no\"}}\n"
                + "{\"id\":\"h\",\"concerns\":[\"pores\"],\"conditions\":[],\"fitzpatrick\":\"V\"}\n"
                + "{\"id\":\"i\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[],\"fitzpatrick\":\"V\"}\n"
                + "{\"id\":\"j\",\"concerns\":[\"pores\"],\"conditions\":[\"coldsores\"],\"medications\":[],\"fitzpatrick\":\"V\"}\n");
        List<String> rows = table(p);
        assertThat(rows.get(1)).endsWith("caution           -  (found: anticoagulants, pregnancy)");
        assertThat(rows.get(2)).endsWith("review            -  (to confirm: anticoagulants)");
        assertThat(rows.get(3)).endsWith("review            -  (ask: skin-type)");
        assertThat(rows.get(4)).endsWith("-  (ask: blood-thinners, acne-medication, immunosuppression)");
        assertThat(rows.get(5)).endsWith("-  (ask 5 questions)");
        assertThat(rows.get(6)).endsWith(" microdermabrasion").doesNotContain("(");
        // A record that answers no and lists the drug contradicts itself: the table says which answer it overrode.
        assertThat(rows.get(7)).endsWith("-  (found: anticoagulants)  (answered no, yet found: blood-thinners)");
        // Cautions with a blood thinner not asked: a yes would make microneedling contraindicated.
        assertThat(rows.get(8)).contains("caution         caution ")
                .endsWith("-  (found: darker-skin-pih)  (not settled: a yes may contraindicate microneedling)  (ask 6 questions)");
        assertThat(rows.get(9)).contains("caution         caution ").endsWith("-  (found: darker-skin-pih)");
        assertThat(rows.get(10)).endsWith("(not settled: a yes may contraindicate microneedling, microdermabrasion)");
        assertThat(lines(Cli.run("screen", p.toString(), "--format", "csv").out())).as("the CSV's not_settled column")
                .anySatisfy(row -> assertThat(row).startsWith(p + ":8,h,,caution,caution,microneedling:darker-skin-pih;"
                        + "microdermabrasion:darker-skin-pih,,,microneedling,"))
                .anySatisfy(row -> assertThat(row).contains(":10,j,").contains(",,microneedling;microdermabrasion,"))
                .anySatisfy(row -> assertThat(row).startsWith(p + ":9,i,,caution,caution,microneedling:darker-skin-pih;"
                        + "microdermabrasion:darker-skin-pih,,,,"));
        // The CSV report names every question, as the JSON Lines report does.
        List<String> csv = lines(Cli.run("screen", p.toString(), "--format", "csv").out());
        assertThat(csv.get(3)).contains(",microneedling:darker-skin-pih;microdermabrasion:darker-skin-pih,skin-type,");
        assertThat(csv.get(5)).contains(",blood-thinners;high-dose-steroids;acne-medication;immunosuppression;topical-retinoids,");
        assertThat(csv.get(6)).contains(",suitable,suitable,,,,,,,,,,,,,\r");
        assertThat(csv.get(7)).as("the question answered no, yet found").contains(";microdermabrasion:anticoagulants,,blood-thinners,");
    }

    @Test
    void theCsvReportSaysWhatToConfirmForAContraindicationMatchedOnlyProbably() throws Exception {
        String known = ",\"age\":30,\"fitzpatrick\":\"II\"";
        Path p = file("c.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"],\"conditions\":[],"
                + "\"medications\":[\"aspirn\",\"Aldactone\"]" + known + "}\n"
                + "{\"id\":\"b\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[\"warfarin\",\"asprin\"]"
                + known + "}\n");
        List<String> csv = lines(Cli.run("screen", p.toString(), "--format", "csv").out());
        assertThat(csv.get(1)).isEqualTo(p + ":1,a,,review,review,microneedling:anticoagulants;"
                + "microneedling:acne-medication;microdermabrasion:anticoagulants,"
                + "`aspirn` may be a misspelling of aspirin: confirm | Is spironolactone taken for acne?,,,,,,,,,,,\r");
        // A certain match leaves nothing to confirm, even beside a near spelling of the same contraindication.
        assertThat(csv.get(2)).startsWith(p + ":2,b,,contraindicated,caution,microneedling:anticoagulants;"
                + "microdermabrasion:anticoagulants,,");
    }

    /** Both records had been suitable: an entry no rule recognises may name what the rules screen for. */
    @Test
    void entriesNoRuleMatchesKeepTheirListsQuestionsOpenInTheCsvAndTheTable() throws Exception {
        Path p = file("u.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"],\"conditions\":[\"hypertension\"],"
                + "\"medications\":[\"lisinopril\",\"=cmd\"],\"age\":30,\"fitzpatrick\":\"II\"}\n"
                + "{\"id\":\"b\",\"concerns\":[\"pores\"],\"conditions\":[\"asthma\"],\"medications\":[],"
                + "\"age\":30,\"fitzpatrick\":\"II\"}\n");
        List<String> csv = lines(Cli.run("screen", p.toString(), "--format", "csv").out());
        assertThat(csv.get(0)).isEqualTo("source,id,recommendation,microneedling,microdermabrasion,contraindications,"
                + "to_confirm,answered_no,not_settled,unknowns,questions,not_known,cleared_by_answer,unrecognized,unmatched,notes,warnings,error\r");
        assertThat(csv.get(1)).startsWith(p + ":1,a,,review,review,,,,,microneedling:blood-disorders;")
                .contains(";microdermabrasion:isotretinoin;", ",bleeding-disorder;blood-thinners;")
                .endsWith(",conditions: recorded with an entry no rule recognises;medications: recorded with an entry no "
                        + "rule recognises,,,hypertension;lisinopril;=cmd,,,\r");
        assertThat(csv.get(2)).startsWith(p + ":2,b,,review,review,")
                .doesNotContain("microdermabrasion:isotretinoin", "topical-retinoids")
                .endsWith(",conditions: recorded with an entry no rule recognises,,,asthma,,,\r");
        List<String> rows = table(p);
        assertThat(rows.get(1)).endsWith("review          review            -  (ask 23 questions)  "
                + "(3 entries matched no rule: check by hand)");
        assertThat(rows.get(2)).endsWith("review            -  (ask 21 questions)  (1 entry matched no rule: check by hand)");
    }

    /**
     * A spreadsheet writes #N/A where a lookup found nothing, and R writes NA for an empty cell: neither is an
     * answer. #N/A had read as N/A (asked, none) and NA as an unrecognised medicine, and both gave suitable.
     */
    @Test
    void aSpreadsheetErrorOrAMissingValueMarkerInACellIsNotKnownNeverNone() throws Exception {
        Path p = file("x.csv", "id,concerns,conditions,medications,fitzpatrick\nA,pores,none,#N/A,II\nB,pores,NA,none,II\n"
                + "C,pores,none,N/A,II\n");
        Cli.Result r = Cli.run("screen", p.toString(), "--format", "text");
        List<String> rows = lines(r.out());
        assertThat(rows.get(1)).contains("x.csv:2 A ").contains("review          review");
        assertThat(rows.get(2)).contains("x.csv:3 B ").contains("review          review");
        assertThat(rows.get(3)).as("N/A is not applicable: asked, none").contains("suitable        suitable");
        assertThat(r.err()).contains("\n  not known          conditions 1, medications 1, fitzpatrick 0, answers 0\n");
    }

    /** The rules never read notes, so a record whose notes say "on warfarin" is flagged for reading, not cleared. */
    @Test
    void recordsWithNotesAreMarkedInTheTableAndCountedInTheSummary() throws Exception {
        Path p = file("n.csv", "id,concerns,conditions,medications,fitzpatrick,notes\n"
                + "a,pores,,,II,on warfarin since March\nb,pores,,,II,\nc,pores,,,II,\" \"\n");
        Cli.Result r = Cli.run("screen", p.toString(), "--format", "text");
        List<String> rows = lines(r.out());
        assertThat(rows.get(1)).contains("n.csv:2 a ").contains("suitable")
                .endsWith("(notes: not screened, read them)");
        assertThat(rows.get(2)).doesNotContain("notes");
        assertThat(rows.get(3)).doesNotContain("notes");
        assertThat(r.err()).contains("\n  notes to read      1 record with notes, which the rules do not read\n");
        List<String> csv = lines(Cli.run("screen", p.toString(), "--format", "csv").out());
        assertThat(csv.get(1)).as("the CSV report carries the notes to read").endsWith(",on warfarin since March,,\r");
        assertThat(csv.get(2)).endsWith("suitable,suitable,,,,,,,,,,,,,\r");
        List<String> jsonl = lines(Cli.run("screen", p.toString(), "--format", "jsonl").out());
        assertThat(jsonl.get(0)).as("JSON Lines carries them too").contains(",\"unmatched\":[],\"notes\":\"on warfarin since March\",");
        assertThat(jsonl.get(1)).doesNotContain("notes");
        assertThat(jsonl.get(2)).doesNotContain("notes");
        assertThat(Cli.run("screen", file("m.csv", "id,concerns,conditions,medications,fitzpatrick\na,pores,,,II\n")
                .toString(), "--format", "csv").err()).doesNotContain("notes");
    }

    @Test
    void theSummaryCountsWhatTheRecordsLeaveUnknownAndTheRecordsToCheckByHand() throws Exception {
        // An export without a medications column leaves them unknown in every row: said once, in the summary.
        Path csv = file("export.csv", "id,concerns,conditions,fitzpatrick\nA,pores,,II\nB,pores,eczema,\n");
        Path jsonl = file("more.jsonl", "{\"id\":\"C\",\"concerns\":[\"pores\"],\"conditions\":[\"unsure\"],"
                + "\"medications\":[\"lisinopril\"],\"fitzpatrick\":\"II\"}\n{\"id\":\"D\",\"concerns\":[\"x\"]}\n{\"id\": }\n"
                + "{\"id\":\"F\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[],\"fitzpatrick\":\"II\","
                + "\"answers\":{\"pregnancy\":\"unknown\"}}\n");
        Cli.Result r = Cli.run("screen", csv.toString(), jsonl.toString(), "--format", "csv");
        assertThat(r.err()).contains("\n  not known          conditions 2, medications 4, fitzpatrick 2, answers 1\n")
                .contains("\n  check by hand      1 record with entries no rule matched\n");
        // Row by row, the CSV report says why, in the column after the questions.
        List<String> rows = lines(r.out());
        assertThat(rows.get(0)).contains(",questions,not_known,");
        assertThat(rows.get(1)).startsWith(csv + ":2,A,").contains(",medications: not recorded,");
        assertThat(rows.get(2)).contains(",medications: not recorded;fitzpatrick: not recorded,");
        assertThat(rows.get(3)).startsWith(jsonl + ":1,C,").contains(",conditions: recorded as not known;medications: recorded "
                + "with an entry no rule recognises,");
        assertThat(rows.get(4)).contains(",conditions: not recorded;medications: not recorded;fitzpatrick: not recorded,");
        assertThat(rows.get(6)).startsWith(jsonl + ":4,F,").contains(",pregnancy,answers: answered unknown,");
        Path known = file("known.jsonl", "{\"id\":\"E\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[],"
                + "\"fitzpatrick\":\"II\"}\n");
        assertThat(Cli.run("screen", known.toString(), "--format", "csv").err()).doesNotContain("not known")
                .doesNotContain("check by hand");
    }

    @Test
    void theSummaryCountsTheRecordsThatRepeatAnEarlierRecordsIdAcrossFilesFormatsAndErrors() throws Exception {
        Path jsonl = file("a.jsonl", "{\"id\":\"P-1\",\"concerns\":[\"pores\"]}\n{\"id\":\"P-2\",\"concerns\":[\"pores\"]}\n"
                + "{\"id\":\"P-1\",\"concerns\":\"pores\"}\n");
        Path csv = file("b.csv", "id,concerns\nP-3,pores\nP-2,pores\n");
        Cli.Result r = Cli.run("screen", jsonl.toString(), csv.toString(), "--format", "csv");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("\n  repeated ids       2 records repeat an earlier record's id (the first: P-1)\n");
        assertThat(Cli.run("screen", csv.toString(), "--format", "csv").err()).doesNotContain("repeated");
        // Over many chunks on three workers, each repeat is found once, in input order.
        String records = IntStream.range(0, 5000).mapToObj(i -> "{\"id\":\"R-" + (i % 1000 == 999 ? i - 500 : i)
                + "\",\"concerns\":[\"pores\"]}\n").collect(Collectors.joining());
        Path many = file("many.jsonl", records);
        assertThat(Cli.run("screen", many.toString(), "--jobs", "3", "--format", "jsonl").err())
                .contains("\n  repeated ids       5 records repeat an earlier record's id (the first: R-499)\n");
    }

    @Test
    void theSummaryCountsEveryVerdictAndRecommendationTheReportHoldsOverManyChunksAndWorkers() throws Exception {
        String[] concerns = {"pores", "acne scars", "wrinkles", "sweating"};
        String[] medications = {"", "\"warfarin\"", "\"isotretinoin\"", "\"aspirn\""};
        String[] types = {"I", "V", "II"};
        String records = IntStream.range(0, 3000).mapToObj(i -> "{\"id\":\"P-" + i + "\",\"concerns\":[\""
                + concerns[i % 4] + "\"],\"conditions\":[" + (i % 7 == 0 ? "\"pregnant\"" : "") + "],\"medications\":["
                + medications[i / 4 % 4] + "],\"fitzpatrick\":\"" + types[i % 3] + "\"}\n").collect(Collectors.joining());
        Path jsonl = file("many.jsonl", records);
        Cli.Result r = Cli.run("screen", jsonl.toString(), "--jobs", "3", "--format", "jsonl");
        assertThat(r.exit()).isZero();
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Integer>> verdicts = new LinkedHashMap<>();
        Map<String, Integer> recommendations = new LinkedHashMap<>();
        for (String line : lines(r.out())) {
            JsonNode record = json.readTree(line);
            for (JsonNode t : record.get("treatments")) {
                verdicts.computeIfAbsent(t.get("treatment").asText(), k -> new HashMap<>())
                        .merge(t.get("verdict").asText(), 1, Integer::sum);
            }
            String recommendation = record.get("recommendation").isNull() ? "none" : record.get("recommendation").asText();
            recommendations.merge(recommendation, 1, Integer::sum);
        }
        assertThat(verdicts).containsOnlyKeys("microneedling", "microdermabrasion");
        assertThat(recommendations).hasSizeGreaterThan(2);
        assertThat(r.err()).contains("3000 records");
        for (var treatment : verdicts.entrySet()) {
            assertThat(treatment.getValue()).hasSizeGreaterThan(2);
            String counts = Arrays.stream(new String[] {"not-indicated", "contraindicated", "caution", "review", "suitable"})
                    .map(v -> v + " " + treatment.getValue().getOrDefault(v, 0)).collect(Collectors.joining(", "));
            assertThat(r.err()).contains(String.format("%n  %-18s %s%n", treatment.getKey(), counts));
        }
        assertThat(r.err()).contains(String.format("%n  %-18s %s%n", "recommendation", recommendations.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }

    @Test
    void aShortSourceIsShownWholeInItsColumn() {
        Cli.Result r = Cli.runWithInput("{\"id\":\"j1\",\"concerns\":[\"pores\"]}\n", "screen", "-", "--format", "text");
        assertThat(lines(r.out()).get(1)).startsWith("<stdin>:1" + " ".repeat(12) + "j1" + " ".repeat(9) + "review");
    }

    @Test
    void theTableKeepsEveryIdWholeAndTheFileAndLineOfALongSource() throws Exception {
        Path p = file("a/long/folder/of/intake/exports/batch.jsonl",
                "{\"id\":\"P-2026-000001-A\",\"concerns\":[\"pores\"]}\n{\"id\":\"P-2026-000001-B\",\"concerns\":[\"pores\"]}\n");
        List<String> rows = table(p);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("~ports/batch.jsonl:1 P-2026-000001-A review  ");
        assertThat(rows.get(2)).startsWith("~ports/batch.jsonl:2 P-2026-000001-B review  ");
        assertThat(rows.get(0).indexOf("MICRONEEDLING")).isEqualTo(rows.get(0).indexOf("ID") + 11);
    }

    @Test
    void theTableLinesUpWideCharactersAndCombiningAccentsByTheColumnsTheyTake() throws Exception {
        // 山田太郎 takes eight columns of a terminal, e + U+0301 (macOS's way of storing é) one.
        Path p = file("t.jsonl", "{\"id\":\"山田太郎\",\"concerns\":[\"pores\"]}\n"
                + "{\"id\":\"e\u0301mile\",\"concerns\":[\"pores\"]}\n");
        List<String> rows = table(p);
        assertThat(rows.get(1)).contains(" 山田太郎   review  ");
        assertThat(rows.get(2)).contains(" e\u0301mile      review  ");
        Path deep = file("患者/記録/二〇二六年/十一月/インテーク.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n");
        String row = table(deep).get(1);
        assertThat(row).startsWith("~/インテーク.jsonl:1 a");
    }

    @Test
    void theStampTracesEachRecordToItsInput() throws Exception {
        Path a = file("a.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n{\"id\":\"a\",\"concerns\":[\"wrinkles\"]}\n");
        List<String> out = lines(Cli.run("screen", a.toString(), "--format", "jsonl").out());
        String h1 = out.get(0).replaceAll(".*\"inputSha256\":\"(\\w+)\".*", "$1");
        String h2 = out.get(1).replaceAll(".*\"inputSha256\":\"(\\w+)\".*", "$1");
        assertThat(h1).hasSize(16).isNotEqualTo(h2);
        byte[] sha256 = java.security.MessageDigest.getInstance("SHA-256")
                .digest("{\"id\":\"a\",\"concerns\":[\"pores\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(h1).as("the first 64 bits of the line's SHA-256").isEqualTo(java.util.HexFormat.of().formatHex(sha256, 0, 8));
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(Cli.run("screen").exit()).isEqualTo(2);
        assertThat(Cli.run("screen", "x.jsonl", "--jobs", "0").exit()).isEqualTo(2);
        Cli.Result many = Cli.run("screen", file("m.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n").toString(),
                "--jobs", "100000", "--format", "jsonl");
        assertThat(many.exit()).isZero();
        assertThat(many.err()).startsWith("skinadvisor: --jobs 100000: running ").contains(" workers (at most four per processor");
        assertThat(Cli.run("screen", "x.jsonl", "--bogus").exit()).isEqualTo(2);
        Path kb = file("kb.yaml", "version: 1\n");
        assertThat(Cli.run("screen", "x.jsonl", "--conditions", kb.toString()).exit()).isEqualTo(2);
        for (String command : List.of("screen", "validate")) {
            Cli.Result twice = Cli.runWithInput("{\"id\":\"a\",\"concerns\":[\"pores\"]}\n", command, "-", "-");
            assertThat(twice.exit()).as(command).isEqualTo(2);
            assertThat(twice.err()).as(command).startsWith("- (standard input) is named more than once: it can be read only once");
            assertThat(twice.out()).as(command).isEmpty();
        }
    }

    @Test
    void aMissingInputIsAnErrorRecordNotACrash() {
        Cli.Result r = Cli.run("screen", dir.resolve("missing.jsonl").toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("no such file or directory");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void invalidUtf8InCsvIsAnErrorRecord() throws Exception {
        Path csv = dir.resolve("bad.csv");
        byte[] head = "id,concerns\nr1,pores\nr2,ren".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"pores;\nacne scars ".getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[head.length + 5 + tail.length + 2];
        System.arraycopy(head, 0, data, 0, head.length);
        data[head.length] = (byte) 0xE9; // Windows-1252 e acute, as Excel's plain CSV writes it
        System.arraycopy("\nr3,".getBytes(StandardCharsets.UTF_8), 0, data, head.length + 1, 4);
        System.arraycopy(tail, 0, data, head.length + 5, tail.length);
        data[data.length - 2] = (byte) 0xE9;
        data[data.length - 1] = '"';
        Files.write(csv, data);
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "jsonl");
        assertThat(lines(r.out())).hasSize(3);
        assertThat(r.out()).contains("\"id\":\"r1\"").contains("bad.csv:3\",\"id\":\"r2\",\"error\":\"3:7: not valid UTF-8 text"
                + " (a spreadsheet's plain CSV is often in a Windows code page: save it as \\\"CSV UTF-8\\\")\"");
        assertThat(r.out()).contains("bad.csv:4\",\"id\":\"r3\",\"error\":\"5:12: not valid UTF-8 text");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aCsvCellsProblemIsPlacedAtTheLineAndCharacterWhereTheCellStarts() throws Exception {
        Path csv = file("export.csv", "id,concerns,notes,age\n"
                + "P1,pores,\"two\nlines, here\",150\n"
                + "P2,\"pores\",,abc\n");
        Cli.Result r = Cli.run("screen", csv.toString(), "--format", "jsonl");
        List<String> records = lines(r.out());
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).contains("\"source\":\"" + csv + ":2\",\"id\":\"P1\",\"error\":\"3:14: `age` must be a whole number")
                .contains("\"line\":3,\"column\":14");
        assertThat(records.get(1)).contains("\"error\":\"4:13: `age` must be a whole number");
        Path twice = file("twice.csv", "id,concerns,notes,id\nP1,pores,,P1\n");
        Cli.Result header = Cli.run("screen", twice.toString(), "--format", "jsonl");
        assertThat(header.out()).contains("\"error\":\"1:19: column `id` appears twice in the header\"");
    }

    @Test
    void aRequiredFieldWrittenWithACapitalIsNamedInTheMissingFieldError() throws Exception {
        Path jsonl = file("export.jsonl", "{\"id\":\"a\",\"concerns\":[\"pores\"]}\n{\"Id\":\"b\",\"concerns\":[\"pores\"]}\n");
        Cli.Result r = Cli.run("screen", jsonl.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(lines(r.out()).get(1)).contains("\"error\":\"2:31: required field `id` is missing (`Id` is not it:"
                + " field names are lower case)\"");
    }
}

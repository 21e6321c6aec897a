package org.skinadvisor.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commonest mistakes in a hand-written or pasted record, said in the words of the person who fixes it: the
 * parsers' own messages name their grammar ("expected &lt;block end&gt;", "close marker", "code 125"). A message
 * not recognised here is passed on as the parser wrote it.
 */
final class SyntaxMessages {
    /** Jackson: "Unexpected character ('}' (code 125)): was expecting double-quote to start field name". */
    private static final Pattern UNEXPECTED =
            Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)[^)]*\\)\\): (.*)$");
    /** Jackson: "Illegal unquoted character ((CTRL-CHAR, code 1)): has to be escaped ... in string value". */
    private static final Pattern CONTROL =
            Pattern.compile("^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*?(name)?$");

    /** Jackson: "Non-standard token 'NaN': enable ...", placed after the token. */
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("^Non-standard token '([^']*)'");

    /** SnakeYAML: "found character '@' that cannot start any token. (Do not use @ for indentation)". */
    private static final Pattern CANNOT_START = Pattern.compile("^found character '(.)' that cannot start any token");

    /** SnakeYAML: "expected the node content, but found ','", where a value should start, or a `---` line. */
    private static final Pattern NO_VALUE = Pattern.compile("^expected the node content, but found '([^']+)'");

    /** Jackson's YAML parser names the event it found where a key should be by its Java class, an alias by name. */
    private static final Pattern NOT_A_FIELD_NAME =
            Pattern.compile("^Expected a field name \\(Scalar value in YAML\\), got this instead: <[\\w.]*?(\\w+)Event\\b"
                    + "(?:\\(anchor=(\\S+)\\)>)?");

    /** SnakeYAML's contexts: where an unclosed quote or bracket, or a line without its colon, starts. */
    private static final String QUOTED_TEXT = "while scanning a quoted scalar";
    private static final String FLOW_LIST = "while parsing a flow sequence";
    private static final String FLOW_MAPPING = "while parsing a flow mapping";
    private static final String FIELD_NAME = "while scanning a simple key";
    private static final String BLOCK_TEXT = "while scanning a block scalar";
    private static final String DIRECTIVE = "while scanning a directive";
    private static final String ANCHOR = "while scanning an anchor";
    private static final String ALIAS = "while scanning an alias";
    private static final String TAG = "while scanning a tag";
    private static final String QUOTE_IT = " typed by mistake, or text that starts with one, which goes in quotes";

    /** What to say for a Jackson message that holds any of the words listed after it. */
    private record Said(String message, String... jacksonWords) {
    }

    private static final List<Said> JSON_SAID = List.of(
            new Said("text without quotes: JSON writes text in double quotes (\"pores\"), and values true, false and"
                    + " null without", "Unrecognized token"),
            new Said("the record ends before its closing `}`",
                    "Unexpected end-of-input: expected close marker for Object",
                    "Unexpected end-of-input within/between Object entries"),
            new Said("a list is not closed: its `]` is missing",
                    "Unexpected end-of-input: expected close marker for Array",
                    "Unexpected end-of-input within/between Array entries"),
            new Said("quoted text is not closed: its closing \" is missing", "Unexpected end-of-input in VALUE_STRING",
                    "Unexpected end-of-input in a String value", "Unexpected end-of-input in field name",
                    "was expecting closing '\"' for name"),
            new Said("a number starts with 0: write 34, not 034 (an id such as 0042 is written in quotes, \"0042\")",
                    "Leading zeroes not allowed"),
            new Said("a backslash in quoted text starts an escape such as \\n: write \\\\ for a backslash itself",
                    "Unrecognized character escape"),
            new Said("a number with a plus sign: JSON writes 1, not +1", "does not allow numbers to have plus signs"),
            new Said("a decimal point needs a digit after it: write 3.5 or 3, not 3.", "Decimal point not followed by a digit"),
            new Said("an exponent needs a digit after its e: write 1e2, not 1e", "Exponent indicator not followed by a digit"),
            new Said("a minus sign needs a digit after it", "expected digit (0-9) to follow minus sign"),
            new Said("NaN and Infinity are not numbers in JSON", "Non-standard token"),
            new Said("a `]` where no list is open: the record's `{` closes with `}`", "Unexpected close marker ']'"),
            new Said("a list is not closed: its `]` is missing before this `}`", "Unexpected close marker '}'"),
            new Said("the text ends inside a value: it is cut off, or a closing bracket or quote is missing",
                    "Unexpected end-of-input"));

    private SyntaxMessages() {
    }

    /** A plain message for Jackson's JSON message (or its YAML parser's own), or null to keep Jackson's. */
    static String json(String message) {
        Matcher key = NOT_A_FIELD_NAME.matcher(message);
        if (key.find()) {
            return switch (key.group(1)) {
                case "MappingStart" -> "a mapping where a field name should be: a `{` typed twice, or a field's name"
                        + " and its colon left out before it";
                case "SequenceStart" -> "a list where a field name should be: a field's name and its colon left out"
                        + " before it";
                case "Alias" -> "an alias (`*name`) where a field name should be: YAML aliases are not accepted,"
                        + " write the name itself";
                default -> "a field name is plain text, and this is not";
            };
        }
        Matcher control = CONTROL.matcher(message);
        if (control.find()) {
            return controlCharacter(control);
        }
        Matcher m = UNEXPECTED.matcher(message);
        if (m.find()) {
            return unexpected(m.group(1).charAt(0), Integer.parseInt(m.group(2)), m.group(3));
        }
        for (Said said : JSON_SAID) {
            for (String words : said.jacksonWords()) {
                if (message.contains(words)) {
                    return said.message();
                }
            }
        }
        return null;
    }

    /** An alias where a field name should be is YAML this tool does not accept, like an alias anywhere else. */
    static Problem jsonProblem(String message) {
        Matcher key = NOT_A_FIELD_NAME.matcher(message);
        return key.find() && key.group(1).equals("Alias") ? Problem.UNSUPPORTED_YAML : Problem.SYNTAX;
    }

    /**
     * How many characters before Jackson's place the mistake starts: Jackson places a number's leading zero at the
     * digit after it, NaN or Infinity after the word, and its YAML parser a `{` or `[` where a key should be after
     * it, an alias `*name` after its name.
     */
    static int jsonColumnsBack(String message) {
        Matcher key = NOT_A_FIELD_NAME.matcher(message);
        if (key.find()) {
            return key.group(2) == null ? 1 : 1 + key.group(2).length();
        }
        if (message.contains("Leading zeroes not allowed")) {
            return 1;
        }
        Matcher token = NON_STANDARD_TOKEN.matcher(message);
        return token.find() ? token.group(1).length() : 0;
    }

    private static String controlCharacter(Matcher jackson) {
        int code = Integer.parseInt(jackson.group(2));
        if (jackson.group(1) != null && (code == '\n' || code == '\r')) {
            return "a line ends inside quoted text: close the quote (a line break within text is written \\n)";
        }
        String hex = String.format("%04X", code);
        String where = jackson.group(1) == null ? " between values: delete it"
                : jackson.group(3) != null ? " in a key: delete it"
                : " in quoted text: delete it, or write it as \\u" + hex;
        return "control character U+" + hex + where;
    }

    private static String unexpected(char c, int code, String expecting) {
        if (code == 0x201C || code == 0x201D || code == 0x201E || code == 0x2018 || code == 0x2019) {
            return "typographic quotes (\u201C \u201D \u2018 \u2019, as a word processor or phone types them) are not"
                    + " JSON quotes: write \"";
        }
        if (c == '\'') {
            return "JSON writes text in double quotes (\"), not single quotes (')";
        }
        if (c == '/' || c == '#') {
            return "JSON has no comments: delete it (a remark can go in `notes`)";
        }
        if ((c == '}' || c == ']') && expecting.startsWith("was expecting double-quote")) {
            return "a comma before `" + c + "`: JSON allows none after the last entry";
        }
        if (c == '}' && expecting.startsWith("expected a value")) {
            return "a value is missing after the field's `:`";
        }
        if (c == ']' && expecting.startsWith("expected a value")) {
            return "a value is missing before `]` (a comma after the last entry? JSON allows none)";
        }
        if (c == ',' && expecting.startsWith("was expecting double-quote to start field name")) {
            return "a comma where a field name should be: a comma typed twice, or one right after `{`";
        }
        if (c == ',' && expecting.startsWith("expected a value")) {
            return "a comma where a value should be: a comma typed twice, or a value left out";
        }
        if ((c == '{' || c == '[') && expecting.startsWith("was expecting double-quote to start field name")) {
            return "a `" + c + "` where a field name should be: " + (c == '{' ? "the `}` that ends the record before it"
                    + " left out, a `{` typed twice, or " : "") + "a field's name and its colon left out before it";
        }
        if (Character.isLetter(c) && expecting.startsWith("was expecting double-quote to start field name")) {
            return "field names are written in double quotes in JSON (\"id\": ...)";
        }
        if (Character.isDigit(c) && expecting.startsWith("was expecting double-quote to start field name")) {
            return "a field name in double quotes must follow the comma (a decimal comma? JSON writes 3.5, not 3,5)";
        }
        if (expecting.startsWith("was expecting double-quote to start field name")) {
            return "a `" + c + "` where a field name should be: a field's name is written in double quotes (\"id\": ...)";
        }
        if (expecting.startsWith("Expected space separating root-level values")) {
            return "a value outside any record runs into the text after it: a record starts with `{` (the rest of a"
                    + " record that a line break split?)";
        }
        if (expecting.startsWith("expected a hex-digit for character escape sequence")) {
            return "a \\u escape in quoted text is written with four hex digits (\\u00e9 for \u00e9)";
        }
        if (expecting.startsWith("expected a valid value")) {
            return c == '.' ? "a number starts with a digit: write 0.5, not .5"
                    : "not a JSON value: text is written in double quotes (\"pores\"), a number in plain digits (34)";
        }
        if (expecting.startsWith("was expecting a colon to separate field name and value")) {
            return "a colon is missing after the field name";
        }
        if (expecting.startsWith("was expecting comma to separate Object entries")) {
            return "a comma is missing between two fields";
        }
        if (expecting.startsWith("was expecting comma to separate Array entries")) {
            return "a comma is missing between two list entries";
        }
        return null;
    }

    /** A plain message for SnakeYAML's problem in its context, or null to keep SnakeYAML's. */
    static String yaml(String problem, String context) {
        String where = context == null ? "" : context;
        if (problem.contains("Do not use \\t(TAB) for indentation")) {
            return "a tab in the indentation: YAML indents with spaces";
        }
        if (where.equals(QUOTED_TEXT)) {
            return "quoted text that starts here is not closed";
        }
        if (where.equals(FLOW_LIST)) {
            return "a list that starts here with `[` is not closed with `]` (or a comma is missing between entries)";
        }
        if (where.equals(FLOW_MAPPING)) {
            return "a mapping that starts here with `{` is not closed with `}` (or a comma is missing between entries)";
        }
        if (where.equals(BLOCK_TEXT)) {
            return "`|` or `>` starts a block of text on the lines below it, with nothing but a comment after it on its"
                    + " line: a `|` or `>`" + QUOTE_IT;
        }
        if (where.equals(DIRECTIVE)) {
            return "a line that starts with `%` is a YAML directive (such as `%YAML 1.2`), and this one cannot be read:"
                    + " a `%`" + QUOTE_IT;
        }
        if (where.equals(ANCHOR) || where.equals(ALIAS) || where.equals(TAG)) {
            String c = where.equals(ANCHOR) ? "&" : where.equals(ALIAS) ? "*" : "!";
            String what = where.equals(ANCHOR) ? "anchor" : where.equals(ALIAS) ? "alias" : "tag";
            return "`" + c + "` starts a YAML " + what + ", which is not accepted: a `" + c + "`" + QUOTE_IT;
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "`: ` cannot start a field here: put text that holds a colon in quotes, or check this line's"
                    + " indentation";
        }
        if (problem.startsWith("found unknown escape character")) {
            return "a backslash in double-quoted text starts an escape such as \\n: write \\\\ for a backslash itself, or"
                    + " put the text in single quotes";
        }
        Matcher value = NO_VALUE.matcher(problem);
        if (value.find() && (value.group(1).length() == 1 || value.group(1).equals("<document start>"))) {
            char c = value.group(1).charAt(0);
            if (c == ',') {
                return "a comma where a value should be: a comma typed twice, or a value left out";
            }
            if (c == ']' || c == '}') {
                return "a `" + c + "` with no `" + (c == ']' ? '[' : '{') + "` open before it";
            }
            if (c == '<') {
                return "a `---` line inside a `[` or `{` that is not closed above it";
            }
            return "a `" + c + "` where a value should be: a `" + c + "`" + QUOTE_IT;
        }
        Matcher start = CANNOT_START.matcher(problem);
        if (start.find()) {
            String c = start.group(1);
            return (c.equals("`") ? "a backquote (`)" : "`" + c + "`")
                    + " cannot start text without quotes in YAML: put the text in quotes";
        }
        if (problem.startsWith("expected '<document start>'")) {
            return "a `---` line is missing before this line: a `...` line above, or a line starting with `%` (a YAML"
                    + " directive), ended the document before it";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line does not fit the lines above it: check its indentation, and that quoted text above"
                    + " ends where it should";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "a line without `name: value` where a field should be: a colon missing, or text meant for the"
                    + " line above";
        }
        return null;
    }

    /**
     * Whether the message belongs where the context starts (an opening quote or bracket, the line without a colon)
     * rather than where the parser gave up, often the end of the file.
     */
    static boolean atContext(String context) {
        return QUOTED_TEXT.equals(context) || FLOW_LIST.equals(context) || FLOW_MAPPING.equals(context)
                || FIELD_NAME.equals(context) || BLOCK_TEXT.equals(context) || DIRECTIVE.equals(context)
                || ANCHOR.equals(context) || ALIAS.equals(context) || TAG.equals(context);
    }
}

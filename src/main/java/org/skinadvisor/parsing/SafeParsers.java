package org.skinadvisor.parsing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;

/**
 * Parser factories with fail-closed settings, built once: yes/no stay words (never booleans), and nesting,
 * string, name, number and document sizes are bounded. Only Jackson's streaming layer is used: no data binding,
 * so no coercion can change a clinical value. Duplicate keys are refused by {@link GuardedTokens}, not here.
 */
public final class SafeParsers {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
            .maxStringLength(Limits.MAX_STRING_LENGTH)
            .maxNameLength(Limits.MAX_NAME_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .build();

    private static final class Json {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .streamReadConstraints(CONSTRAINTS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    // Holder classes: a JSON-only run never loads SnakeYAML.
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .loaderOptions(loaderOptions())
                .streamReadConstraints(CONSTRAINTS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();

        private static LoaderOptions loaderOptions() {
            LoaderOptions lo = new LoaderOptions();
            // Left to GuardedTokens: refused here, a repeated key would stop the parser (YAMLParser turns it into
            // Jackson's own check), and the records after it could not be read.
            lo.setAllowDuplicateKeys(true);
            lo.setCodePointLimit(Limits.MAX_YAML_DOCUMENT_CODE_POINTS);
            return lo;
        }
    }

    private SafeParsers() {
    }

    /** A parser of the bytes as UTF-8 JSON; bytes that Jackson would take for UTF-16 or UTF-32 are refused. */
    public static JsonParser json(byte[] data, int offset, int length) throws IOException, InvalidInputException {
        InvalidInputException notUtf8 = Utf8Text.notUtf8Json(data, offset, length);
        if (notUtf8 != null) {
            throw notUtf8;
        }
        return Json.FACTORY.createParser(data, offset, length);
    }

    public static JsonParser yaml(byte[] data) throws IOException {
        return Yaml.FACTORY.createParser(data);
    }

    public static JsonParser yaml(byte[] data, int offset, int length) throws IOException {
        return Yaml.FACTORY.createParser(data, offset, length);
    }

    public static JsonFactory jsonFactory() {
        return Json.FACTORY;
    }
}

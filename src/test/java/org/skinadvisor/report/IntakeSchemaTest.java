package org.skinadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skinadvisor.intake.IntakeFormat;
import org.skinadvisor.intake.ProfileBinder;
import org.skinadvisor.intake.ReadProfile;
import org.skinadvisor.intake.SingleProfileReader;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.screening.Profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JSON Schema `template --format json` prints, run by a JSON Schema validator, against the reader: a form
 * or an export checked with the schema must read without an error or a warning, and what the reader refuses
 * must fail the schema, except for two rules JSON Schema cannot state, which the reader alone enforces.
 */
class IntakeSchemaTest {
    /** Made for each test, not once per run, so that a mutation test sees the schema its mutant writes. */
    private final Schema schema = schema();
    private static final SingleProfileReader READER =
            new SingleProfileReader(new ProfileBinder(Profiles.KB.questionIds()), "one profile");

    private static Schema schema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(IntakeTemplate.jsonSchema(Profiles.KB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadProfile read(String json) throws InvalidInputException {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), IntakeFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"]}",
        "{\"id\":42,\"concerns\":[\"acne scars\",\"wrinkles\"]}",
        "{\"id\":\"P-2\",\"concerns\":[\"pores\"],\"conditions\":[],\"medications\":[]}",
        "{\"id\":\"P-3\",\"concerns\":[\"pores\"],\"conditions\":null,\"medications\":null,\"age\":null,\"fitzpatrick\":null,\"notes\":null}",
        "{\"id\":\"P-4\",\"concerns\":[\"stretch marks\"],\"conditions\":[\"eczema\"],\"medications\":[\"warfarin 5 mg daily\"],"
            + "\"age\":37,\"fitzpatrick\":\"IV\",\"notes\":\"first visit\"}",
        "{\"id\":\"P-5\",\"concerns\":[\"pores\"],\"age\":0,\"fitzpatrick\":3}",
        "{\"id\":\"P-5\",\"concerns\":[\"pores\"],\"fitzpatrick\":1}",
        "{\"id\":\"P-5\",\"concerns\":[\"pores\"],\"fitzpatrick\":6}",
        "{\"id\":\"P-6\",\"concerns\":[\"pores\"],\"age\":130,\"fitzpatrick\":\"VI\"}",
        "{\"id\":\"P-6\",\"concerns\":[\"pores\"],\"fitzpatrick\":\"III-IV\"}",
        "{\"id\":\"P-6\",\"concerns\":[\"pores\"],\"fitzpatrick\":\"3-4\"}",
        "{\"id\":\"P-7\",\"concerns\":[\"pores\"],\"answers\":{\"blood-thinners\":\"no\",\"keloids\":true,\"skin-type\":null,"
            + "\"pregnancy\":\"u\",\"sunburn\":\"y\",\"rosacea\":false}}",
        "{\"id\":\"山田-8\",\"concerns\":[\"acné scars\"],\"medications\":[\"Eliquis\"]}"
    })
    void aProfileTheReaderReadsWithoutAWarningPassesTheSchema(String json) throws Exception {
        assertThat(read(json).warnings()).as("reader warnings").isEmpty();
        assertThat(schema.validate(json, InputFormat.JSON)).as("schema errors").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "[]",
        "{\"id\":\"P-1\"}",
        "{\"concerns\":[\"pores\"]}",
        "{\"id\":\"P-1\",\"concerns\":[]}",
        "{\"id\":\"P-1\",\"concerns\":\"pores\"}",
        "{\"id\":\"P-1\",\"concerns\":[\"   \"]}",
        "{\"id\":\"P-1\",\"concerns\":[1]}",
        "{\"id\":\"  \",\"concerns\":[\"pores\"]}",
        "{\"id\":true,\"concerns\":[\"pores\"]}",
        "{\"id\":1.5,\"concerns\":[\"pores\"]}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"medications\":[\"\"]}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"conditions\":\"none\"}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"age\":131}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"age\":-1}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"age\":\"42\"}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"fitzpatrick\":\"VII\"}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"fitzpatrick\":7}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"fitzpatrick\":\"III-VII\"}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"fitzpatrick\":\"II-III-IV\"}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"notes\":5}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"medicatons\":[\"warfarin\"]}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"answers\":{\"blood-thinners\":\"maybe\"}}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"answers\":{\"blood-thiners\":\"no\"}}",
        "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"answers\":[\"no\"]}"
    })
    void aProfileTheReaderRefusesOrWarnsAboutFailsTheSchema(String json) {
        boolean refusedOrWarned;
        try {
            refusedOrWarned = !read(json).warnings().isEmpty();
        } catch (InvalidInputException e) {
            refusedOrWarned = true;
        }
        assertThat(refusedOrWarned).as("the reader refuses or warns").isTrue();
        assertThat(schema.validate(json, InputFormat.JSON)).as("schema errors").isNotEmpty();
    }

    /** What JSON Schema cannot state: the reader alone refuses these; the age's description says the first. */
    @Test
    void whatTheSchemaCannotStateTheReaderRefuses() throws Exception {
        for (String json : new String[] {
            "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"age\":42.0}", // an integer to JSON Schema; not plain digits
            "{\"id\":\"P-1\",\"concerns\":[\"pores\"],\"concerns\":[\"wrinkles\"]}" // a duplicate key; a parser keeps one
        }) {
            assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
            assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(InvalidInputException.class);
        }
        assertThat(IntakeTemplate.jsonSchema(Profiles.KB)).contains("Whole years in plain digits: 42, not 42.0");
    }

    /** What a form builder shows beside each field: the schema names itself and describes every field and answer. */
    @Test
    void theSchemaDescribesItselfEveryFieldAndEveryAnswer() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(IntakeTemplate.jsonSchema(Profiles.KB));
        assertThat(schema.path("$id").asText()).isEqualTo("https://skinadvisor.example/intake-profile.schema.json");
        assertThat(schema.path("title").asText()).isEqualTo("skinadvisor intake profile");
        assertThat(schema.path("description").asText()).startsWith("Absent conditions or medications mean not asked")
                .endsWith("Knowledge base " + Profiles.KB.version() + ".");
        JsonNode fields = schema.path("properties");
        for (String field : List.of("id", "concerns", "conditions", "medications", "age", "fitzpatrick", "notes", "answers")) {
            assertThat(fields.path(field).path("description").asText()).as(field).isNotBlank();
        }
        assertThat(fields.path("conditions").path("description").asText()).endsWith("null or absent: not asked");
        for (Contraindication c : Profiles.KB.contraindications()) {
            assertThat(fields.path("answers").path("properties").path(c.question().id()).path("description").asText())
                    .isEqualTo(c.question().text());
        }
    }
}

package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.skinadvisor.parsing.SafeParsers;
import org.skinadvisor.screening.Assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What `check` writes for an assessment, field by field through Jackson: the text `screen`'s records must equal. */
public final class CheckText {
    private CheckText() {
    }

    public static String of(String source, Assessment a, String notes, Stamp stamp, String inputSha256) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = SafeParsers.jsonFactory().createGenerator(out)) {
            JacksonSink check = new JacksonSink(g);
            check.startObject().name(JsonName.of("source")).string(source);
            JsonReport.writeFields(check, a, notes, List.of(), stamp.kb());
            stamp.write(check, inputSha256);
            check.endObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.skinadvisor.intake.CsvProfiles;
import org.skinadvisor.knowledge.Contraindication;
import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.parsing.SafeParsers;

import java.io.IOException;
import java.io.StringWriter;

/**
 * A blank intake profile to fill in (annotated YAML), the header row of a CSV export `screen` reads, or the JSON
 * Schema that intake forms can validate against.
 */
public final class IntakeTemplate {
    private IntakeTemplate() {
    }

    /** Every comment above what it explains and within 80 columns, as the screening questions' are. */
    public static String yaml(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        comment(b, "", "skinadvisor intake profile (knowledge base " + kb.version() + "). Screen it with: skinadvisor"
                + " check FILE");
        b.append("#\n");
        comment(b, "", "Absent means unknown, [] means none: `conditions` or `medications` left empty (or left out)"
                + " were not asked, and the verdict is `review` with the questions to ask; write [] (or [none]) when"
                + " they were asked and there is none. Nothing is filled in for you, so a form filled in in haste is"
                + " `review`, or refused without an id or a concern, never `suitable` on a value the template came with.");
        b.append('\n');
        field(b, "required: the patient or record id", "id:");
        field(b, "required: at least one, in the words the patient or clinician uses, e.g. [acne scars, enlarged"
                + " pores]", "concerns:");
        field(b, "diagnoses, history and ongoing therapies, e.g. [eczema, radiation therapy]; left empty, not asked;"
                + " [] when asked and there are none", "conditions:");
        field(b, "current or recent medicines, brand or generic, doses are fine, e.g. [Eliquis 5 mg]; left empty, not"
                + " asked; [] when asked and there are none", "medications:");
        field(b, "optional: whole years", "age:");
        field(b, "optional: skin type I-VI or 1-6 or a range such as III-IV; left empty, the darker-skin caution"
                + " stays unknown", "fitzpatrick:");
        field(b, "optional: free text the rules never read; a condition or medicine goes in its list", "notes:");
        b.append('\n');
        comment(b, "", "Optional explicit answers to the screening questions: yes, no or unknown; left empty, not"
                + " asked. yes matches the contraindication; no rules it out as an empty list would (it never overrides"
                + " what the lists show); unknown keeps it open, whatever the lists say.");
        b.append("answers:\n");
        for (Contraindication c : kb.contraindications()) {
            comment(b, "  ", c.question().text());
            b.append("  ").append(c.question().id()).append(":\n");
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String comment, String yaml) {
        comment(b, "", comment);
        b.append(yaml).append('\n');
    }

    private static void comment(StringBuilder b, String indent, String text) {
        Columns.wrap(b, indent + "# ", indent + "# ", text);
    }

    /** The CSV header: the intake's columns, then an answer column per screening question, in knowledge-base order. */
    public static String csvHeader(KnowledgeBase kb) {
        StringBuilder b = new StringBuilder(String.join(",", CsvProfiles.COLUMNS));
        kb.contraindications().stream().map(c -> c.question().id()).distinct().forEach(id -> b.append(',').append(id));
        return b.append('\n').toString();
    }

    public static String jsonSchema(KnowledgeBase kb) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = SafeParsers.jsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", "https://skinadvisor.example/intake-profile.schema.json");
            g.writeStringField("title", "skinadvisor intake profile");
            g.writeStringField("description", "Absent conditions or medications mean not asked (unknown); an empty"
                    + " list means asked, none. Knowledge base " + kb.version() + ".");
            g.writeStringField("type", "object");
            g.writeArrayFieldStart("required");
            g.writeString("id");
            g.writeString("concerns");
            g.writeEndArray();
            g.writeBooleanField("additionalProperties", false);
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart("id");
            g.writeStringField("description", "Text, or a whole number written in plain digits (1.50 or 1e3 must be"
                    + " quoted); blank is refused");
            g.writeArrayFieldStart("type");
            g.writeString("string");
            g.writeString("integer");
            g.writeEndArray();
            notBlank(g);
            g.writeEndObject();
            list(g, "concerns", false, "Cosmetic concerns in free text, e.g. acne scars");
            list(g, "conditions", true, "Diagnoses, history and ongoing therapies; null or absent: not asked");
            list(g, "medications", true, "Current or recent medicines, brand or generic; null or absent: not asked");
            g.writeObjectFieldStart("age");
            g.writeStringField("description", "Whole years in plain digits: 42, not 42.0 or \"42\"");
            g.writeArrayFieldStart("type");
            g.writeString("integer");
            g.writeString("null");
            g.writeEndArray();
            g.writeNumberField("minimum", 0);
            g.writeNumberField("maximum", 130);
            g.writeEndObject();
            g.writeObjectFieldStart("fitzpatrick");
            g.writeStringField("description", "Skin type I-VI, or 1-6, or a range of two such as III-IV; null or"
                    + " absent: not recorded, which leaves the darker-skin caution unknown");
            g.writeArrayFieldStart("anyOf");
            g.writeStartObject();
            g.writeArrayFieldStart("enum");
            for (String t : new String[] {"I", "II", "III", "IV", "V", "VI"}) {
                g.writeString(t);
            }
            for (int i = 1; i <= 6; i++) {
                g.writeNumber(i);
            }
            g.writeNull();
            g.writeEndArray();
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "string");
            g.writeStringField("pattern", "^(I|II|III|IV|V|VI|[1-6])-(I|II|III|IV|V|VI|[1-6])$");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("notes");
            g.writeStringField("description", "Free text the rules never read: a condition or medicine goes in its list.");
            g.writeArrayFieldStart("type");
            g.writeString("string");
            g.writeString("null");
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("answers");
            g.writeStringField("description", "Answers to the screening questions: yes matches the contraindication; no"
                    + " rules it out unless the lists show it; unknown keeps it open whatever the lists say; null or empty: not asked.");
            g.writeStringField("type", "object");
            g.writeBooleanField("additionalProperties", false);
            g.writeObjectFieldStart("properties");
            for (Contraindication c : kb.contraindications()) {
                g.writeObjectFieldStart(c.question().id());
                g.writeStringField("description", c.question().text());
                g.writeArrayFieldStart("enum");
                for (String a : new String[] {"yes", "no", "unknown", "y", "n", "u", ""}) {
                    g.writeString(a);
                }
                g.writeBoolean(true);
                g.writeBoolean(false);
                g.writeNull();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return out + "\n";
    }

    /** At least one character that is not white space: entries are stripped, and a blank one is refused. */
    private static void notBlank(JsonGenerator g) throws IOException {
        g.writeStringField("pattern", "\\S");
    }

    private static void list(JsonGenerator g, String name, boolean nullable, String description) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("description", description);
        g.writeArrayFieldStart("type");
        g.writeString("array");
        if (nullable) {
            g.writeString("null");
        }
        g.writeEndArray();
        g.writeObjectFieldStart("items");
        g.writeStringField("type", "string");
        notBlank(g);
        g.writeEndObject();
        if (!nullable) {
            g.writeNumberField("minItems", 1);
        }
        g.writeEndObject();
    }
}

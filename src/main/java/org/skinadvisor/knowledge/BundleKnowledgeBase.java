package org.skinadvisor.knowledge;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import org.skinadvisor.parsing.GuardedTokens;
import org.skinadvisor.parsing.InvalidInputException;
import org.skinadvisor.parsing.SafeParsers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: checks conditions.yaml and writes the same tree as JSON beside the bundled YAML, with the YAML's
 * SHA-256. Parsing 43 KB of YAML costs a cold JVM far more than the same JSON, and every `check` starts cold; the
 * YAML stays the source (its SHA-256 is the knowledge base's identity) and a custom --conditions file is always
 * read as YAML. Arguments: the YAML, the JSON to write, the SHA-256 file to write.
 */
public final class BundleKnowledgeBase {
    private BundleKnowledgeBase() {
    }

    public static void main(String[] args) throws IOException, KnowledgeBaseException, InvalidInputException {
        byte[] yaml = Files.readAllBytes(Path.of(args[0]));
        KnowledgeBase kb = KnowledgeBaseLoader.parse(yaml, args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(Path.of(args[2]), kb.contentHash() + "\n", StandardCharsets.US_ASCII);
        try (JsonParser p = SafeParsers.yaml(yaml); OutputStream os = Files.newOutputStream(out);
             JsonGenerator g = SafeParsers.jsonFactory().createGenerator(os)) {
            GuardedTokens t = new GuardedTokens(p);
            while (t.next() != null) {
                g.copyCurrentEvent(p);
            }
        }
    }
}

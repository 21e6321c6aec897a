package org.skinadvisor.report;

import org.skinadvisor.intake.Hashes;
import org.skinadvisor.knowledge.KnowledgeBase;

import java.io.IOException;

/**
 * What every JSON result carries so it can be traced to the exact tool, rules and input that produced it.
 * Hashes are the first 16 hex digits (64 bits) of SHA-256: enough to tell records and rule sets apart.
 */
public final class Stamp {
    private static final JsonName INPUT_SHA256 = JsonName.of("inputSha256");
    private static final JsonName KNOWLEDGE_BASE = JsonName.of("knowledgeBase");
    private static final JsonName KNOWLEDGE_BASE_SHA256 = JsonName.of("knowledgeBaseSha256");
    private static final JsonName STAMP = JsonName.of("stamp");
    private static final JsonName TOOL = JsonName.of("tool");

    private final KnowledgeBase kb;
    private final String tool;
    private final String kbHash;

    public Stamp(String toolVersion, KnowledgeBase kb) {
        this.kb = kb;
        this.tool = toolVersion;
        this.kbHash = kb.contentHash().substring(0, Hashes.DIGITS);
    }

    public KnowledgeBase kb() {
        return kb;
    }

    /** {@code inputSha256}: the input's {@link Hashes#sha256Prefix}, or null when there was no input. */
    public void write(JsonSink g, String inputSha256) throws IOException {
        g.name(STAMP).startObject();
        g.repeat(this, p -> {
            p.name(TOOL).known(tool);
            p.name(KNOWLEDGE_BASE).known(kb.version());
            p.name(KNOWLEDGE_BASE_SHA256).known(kbHash);
        });
        g.name(INPUT_SHA256).string(inputSha256);
        g.endObject();
    }
}

package org.skinadvisor.report;

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

    public static final int HASH_DIGITS = 16;

    private final KnowledgeBase kb;
    private final String tool;
    private final String kbHash;

    public Stamp(String toolVersion, KnowledgeBase kb) {
        this.kb = kb;
        this.tool = toolVersion;
        this.kbHash = kb.contentHash().substring(0, HASH_DIGITS);
    }

    public KnowledgeBase kb() {
        return kb;
    }

    public void write(JsonSink g, String inputSha256) throws IOException {
        g.name(STAMP).startObject();
        g.repeat(this, p -> {
            p.name(TOOL).known(tool);
            p.name(KNOWLEDGE_BASE).known(kb.version());
            p.name(KNOWLEDGE_BASE_SHA256).known(kbHash);
        });
        g.name(INPUT_SHA256).string(inputSha256 == null ? null : inputSha256.substring(0, HASH_DIGITS));
        g.endObject();
    }
}

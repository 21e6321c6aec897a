package org.skinadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import org.skinadvisor.knowledge.KnowledgeBase;

import java.io.IOException;

/**
 * What every JSON result carries so it can be traced to the exact tool, rules and input that produced it.
 * Hashes are the first 16 hex digits (64 bits) of SHA-256: enough to tell records and rule sets apart.
 */
public final class Stamp {
    public static final int HASH_DIGITS = 16;

    private static final SerializedString TOOL = new SerializedString("tool");
    private static final SerializedString KNOWLEDGE_BASE = new SerializedString("knowledgeBase");
    private static final SerializedString KNOWLEDGE_BASE_SHA256 = new SerializedString("knowledgeBaseSha256");
    private static final SerializedString INPUT_SHA256 = new SerializedString("inputSha256");

    private final KnowledgeBase kb;
    private final SerializableString tool;
    private final SerializableString kbVersion;
    private final SerializableString kbHash;

    public Stamp(String toolVersion, KnowledgeBase kb) {
        this.kb = kb;
        this.tool = new SerializedString(toolVersion);
        this.kbVersion = new SerializedString(kb.version());
        this.kbHash = new SerializedString(kb.contentHash().substring(0, HASH_DIGITS));
    }

    public KnowledgeBase kb() {
        return kb;
    }

    public void write(JsonGenerator g, String inputSha256) throws IOException {
        g.writeObjectFieldStart("stamp");
        g.writeFieldName(TOOL);
        g.writeString(tool);
        g.writeFieldName(KNOWLEDGE_BASE);
        g.writeString(kbVersion);
        g.writeFieldName(KNOWLEDGE_BASE_SHA256);
        g.writeString(kbHash);
        g.writeFieldName(INPUT_SHA256);
        if (inputSha256 == null) {
            g.writeNull();
        } else {
            g.writeString(inputSha256.substring(0, HASH_DIGITS));
        }
        g.writeEndObject();
    }
}

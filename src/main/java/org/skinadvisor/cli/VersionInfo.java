package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version (from the build) and the bundled knowledge base's version, date and hash. */
public final class VersionInfo implements CommandLine.IVersionProvider {
    public static final String TOOL_VERSION = readVersion();

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("skinadvisor.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        String kb;
        try {
            KnowledgeBase k = BundledKnowledgeBase.read();
            kb = "knowledge base " + k.version() + " (" + k.date() + "), sha256 " + k.contentHash();
        } catch (KnowledgeBaseException e) {
            kb = "knowledge base: " + e.getMessage();
        }
        return new String[] {"skinadvisor " + TOOL_VERSION, kb,
            "Not clinically assured: supports, and does not replace, clinical judgement."};
    }
}

package org.skinadvisor.cli;

import org.skinadvisor.knowledge.KnowledgeBase;
import org.skinadvisor.knowledge.KnowledgeBaseException;
import org.skinadvisor.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version (from the build) and the bundled knowledge base's version, date and hash. */
public final class VersionInfo implements CommandLine.IVersionProvider {
    /** The tool version, read when first asked for (not at every start: the first resource read costs ms). */
    public static String toolVersion() {
        return Tool.VERSION;
    }

    private static final class Tool {
        static final String VERSION = readVersion();
    }

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
            KnowledgeBase k = KnowledgeBaseLoader.bundled();
            kb = "knowledge base " + k.version() + " (" + k.date() + "), sha256 " + k.contentHash();
        } catch (KnowledgeBaseException e) {
            kb = "knowledge base: " + e.getMessage();
        }
        return new String[] {"skinadvisor " + toolVersion(), kb,
            "Not clinically assured: supports, and does not replace, clinical judgement."};
    }
}

package org.skinadvisor.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Build step: writes the bash completion script and the man page sources from the full command line, the same
 * model a run uses, so they never drift from the options. (picocli's own generators take a class name and would
 * only see the subcommands declared in annotations; this tool registers them in {@link SkinAdvisor}.)
 * Arguments: the completion script file, then the man page source directory. picocli-codegen is needed only here,
 * at build time, and is not shipped.
 */
public final class ReferenceDocs {
    private ReferenceDocs() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter discard = new PrintWriter(new StringWriter());
        CommandLine all = SkinAdvisor.commandLine(InputStream.nullInputStream(), discard, discard);
        AutoComplete.bash("skinadvisor", new File(args[0]), null, all);
        int exit = ManPageGenerator.generateManPage(new File(args[1]), null, new boolean[0], false,
                all.getCommandSpec());
        if (exit != 0) {
            throw new IOException("man page generation failed with exit code " + exit);
        }
    }
}

package org.skinadvisor.report;

import org.skinadvisor.intake.IntakeWarning;
import org.skinadvisor.parsing.InvalidInputException;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** For `validate`: every problem in every record as "file:line:col: message", nothing for a clean record. */
public final class ProblemsFormat implements BatchFormat {
    private static final Pattern RECORD_SUFFIX = Pattern.compile("(#\\d+|:\\d+)$");

    @Override
    public byte[] header() {
        return new byte[0];
    }

    @Override
    public RecordWriter open(OutputStream out) {
        return new RecordWriter() {
            @Override
            public void write(ScreenedRecord r) throws java.io.IOException {
                String file = RECORD_SUFFIX.matcher(r.record().source()).replaceFirst("");
                StringBuilder b = new StringBuilder();
                InvalidInputException e = r.record().error();
                if (e != null) {
                    b.append(at(file, e.line(), e.column())).append(SafeText.terminal(e.getMessage())).append(" [")
                            .append(e.problem().code()).append("]\n");
                } else {
                    for (IntakeWarning w : r.record().profile().warnings()) {
                        b.append(at(file, w.line(), w.column())).append(SafeText.terminal(w.message())).append('\n');
                    }
                }
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void finish() {
                // lines are written whole; nothing is buffered here
            }
        };
    }

    private static String at(String file, int line, int column) {
        String safe = SafeText.terminal(file);
        return line > 0 ? safe + ":" + line + ":" + column + ": " : safe + ": ";
    }
}

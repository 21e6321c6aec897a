package org.skinadvisor.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The records of one YAML file (one or several documents separated by ---) or one JSON file (one profile
 * or an array of them). A record that fails to bind is an error record and reading goes on; a syntax error
 * ends the file, and the records after it are reported as not read rather than dropped.
 */
public final class DocumentRecords {
    private final ProfileBinder binder;
    private final JsonFileRecords json;
    private final YamlFileRecords yaml;

    public DocumentRecords(ProfileBinder binder) {
        this.binder = binder;
        this.json = new JsonFileRecords(binder);
        this.yaml = new YamlFileRecords(binder);
    }

    /** The screening questions a record may answer (a CSV's answer columns are named by them). */
    public Set<String> questionIds() {
        return binder.questionIds();
    }

    public List<IntakeRecord> read(byte[] data, IntakeFormat format, String label) {
        List<IntakeRecord> out = new ArrayList<>();
        read(data, format, label, out::add);
        return out;
    }

    /**
     * The same records, each handed on as soon as it is read: a large file's records need not be held at once. The
     * first one's error says what format the text shows, if another (see {@link FormatClues}).
     */
    public void read(byte[] data, IntakeFormat format, String label, Consumer<IntakeRecord> out) {
        boolean[] first = {true};
        Consumer<IntakeRecord> said = r -> {
            out.accept(first[0] ? FormatClues.said(format, data, r) : r);
            first[0] = false;
        };
        if (format == IntakeFormat.JSON) {
            json.read(data, label, said);
        } else {
            yaml.read(data, label, said);
        }
    }
}

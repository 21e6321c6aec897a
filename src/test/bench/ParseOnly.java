import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's parse-only baseline: the same files read and bound with Jackson data binding into a plain
 * record, no screening and no output. `jsonl FILE` or `yaml DIR`; prints the number of records bound.
 */
public class ParseOnly {
    public record Profile(String id, List<String> concerns, List<String> conditions, List<String> medications,
                          Integer age, String fitzpatrick, String notes) {
    }

    /** Binds JSON Lines records, one per value; also timed by {@code Stages} as the baseline's work per record. */
    static final ObjectReader JSON_LINES = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readerFor(Profile.class);

    /** Binds every record the iterator holds; returns how many have an id. */
    static long bind(MappingIterator<Profile> records) throws IOException {
        long count = 0;
        try (records) {
            while (records.hasNextValue()) {
                if (records.nextValue().id() != null) {
                    count++;
                }
            }
        }
        return count;
    }

    public static void main(String[] args) throws IOException {
        long count = 0;
        if (args[0].equals("jsonl")) {
            count = bind(JSON_LINES.readValues(Path.of(args[1]).toFile()));
        } else {
            YAMLMapper yaml = new YAMLMapper();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                if (yaml.readValue(f.toFile(), Profile.class).id() != null) {
                    count++;
                }
            }
        }
        System.out.println(count);
    }
}

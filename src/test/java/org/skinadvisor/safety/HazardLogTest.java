package org.skinadvisor.safety;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hazard log names real tests, and every hazard has at least one. */
class HazardLogTest {
    private static final Path LOG = Path.of("src/site/markdown/hazard-log.md");
    private static final Pattern TEST = Pattern.compile("`([a-z]+)\\.(\\w+)#(\\w+)`");

    @Test
    void everyTestNamedInTheHazardLogExists() throws Exception {
        Matcher m = TEST.matcher(Files.readString(LOG));
        List<String> missing = new ArrayList<>();
        int named = 0;
        while (m.find()) {
            named++;
            String className = "org.skinadvisor." + m.group(1) + "." + m.group(2);
            try {
                Class<?> c = Class.forName(className);
                boolean found = Arrays.stream(c.getDeclaredMethods()).map(Method::getName).anyMatch(m.group(3)::equals);
                if (!found) {
                    missing.add(m.group(0));
                }
            } catch (ClassNotFoundException e) {
                missing.add(m.group(0));
            }
        }
        assertThat(missing).as("tests named in the hazard log that do not exist").isEmpty();
        assertThat(named).isGreaterThan(30);
    }

    @Test
    void everyHazardNamesATestAndAProposedSeverity() throws Exception {
        List<String> rows = Files.readAllLines(LOG).stream().filter(l -> l.matches("\\| H\\d+ \\|.*")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        for (String row : rows) {
            assertThat(TEST.matcher(row).find()).as(row).isTrue();
            assertThat(row).as(row).containsAnyOf("| major |", "| moderate |", "| minor |");
        }
        assertThat(Files.readString(LOG)).contains("Severities are proposed");
    }
}

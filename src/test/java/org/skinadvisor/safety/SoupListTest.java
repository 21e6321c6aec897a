package org.skinadvisor.safety;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The SOUP list names the versions the build actually uses. */
class SoupListTest {
    @Test
    void theSoupListMatchesThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String soup = Files.readString(Path.of("src/site/markdown/soup.md"));
        assertThat(soup).contains("| info.picocli:picocli | " + property(pom, "picocli.version") + " |")
                .contains("| com.fasterxml.jackson.core:jackson-core | " + property(pom, "jackson.version") + " |")
                .contains("| com.fasterxml.jackson.dataformat:jackson-dataformat-yaml | " + property(pom, "jackson.version") + " |")
                .contains("JUnit Jupiter " + property(pom, "junit.version"))
                .contains("AssertJ " + property(pom, "assertj.version"));
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}

package org.skinadvisor.dist;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher names methods for the JVM's compiler; a renamed method would silently lose its tuning. */
class LauncherTest {
    @Test
    void theWritersTheLauncherTunesExist() throws Exception {
        String launcher = Files.readString(Path.of("src/main/dist/bin/skinadvisor"));
        Matcher loop = Pattern.compile("for writer in ([\\w ]+); do\\s+.*CompileThresholdScaling,([\\w/]+)\\.\\$writer,")
                .matcher(launcher);
        assertThat(loop.find()).as("the launcher's compile commands").isTrue();
        Class<?> owner = Class.forName(loop.group(2).replace('/', '.'));
        List<String> declared = Arrays.stream(owner.getDeclaredMethods()).map(Method::getName).toList();
        assertThat(declared).contains(loop.group(1).trim().split(" +"));
    }
}

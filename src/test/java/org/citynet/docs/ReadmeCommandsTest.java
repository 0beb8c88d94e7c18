package org.citynet.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's two commands for a newcomer — run the service, run the tests — are the ones CI runs: CI
 * (`.ci/run`) runs the test command as written and then smoke-tests the run command, so neither can drift
 * from what is checked.
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void quickStartNamesTheCommandsCiRuns() throws IOException {
        List<String> commands = quickStartCommands();
        assertThat(commands).as("the quick start's code blocks").containsExactly("./mvnw spring-boot:run", ".ci/test");

        String ci = Files.readString(ROOT.resolve(".ci/run"));
        assertThat(ci).as(".ci/run runs the README's test command").containsPattern("(?m)^\\.ci/test$");
        assertThat(ci).as(".ci/run smoke-tests the README's run command").contains("./mvnw -B -ntp -q spring-boot:run");

        String test = Files.readString(ROOT.resolve(".ci/test"));
        assertThat(test).as("the test command ends in the default build").containsPattern("(?m)^exec ./mvnw .*verify");
        assertThat(Files.isExecutable(ROOT.resolve(".ci/test"))).as(".ci/test is executable as written").isTrue();
    }

    private static List<String> quickStartCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Quick start");
        int end = readme.indexOf("\n## ", start + 1);
        Matcher blocks = Pattern.compile("```\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme.substring(start, end));
        List<String> commands = new ArrayList<>();
        while (blocks.find()) {
            commands.add(blocks.group(1).strip());
        }
        return commands;
    }
}

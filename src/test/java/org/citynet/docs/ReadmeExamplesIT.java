package org.citynet.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.citynet.support.ServiceTestBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code curl} read example of the README, as a newcomer would paste it, against the service on a
 * random port (the README's {@code localhost:8080} is rewritten). Each must succeed: curl's {@code -f}
 * turns any HTTP error into a non-zero exit.
 */
class ReadmeExamplesIT extends ServiceTestBase {

    private static final Path README = Path.of("README.md");

    static List<String> curlExamples() throws IOException {
        return Files.readAllLines(README, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("curl ") && line.contains("localhost:8080"))
                // Write examples need a configured user (curl asks for the password) and files of the
                // reader's: the write paths themselves are covered by the security ITs.
                .filter(line -> !line.contains(" -u ") && !line.contains("Authorization:"))
                .toList();
    }

    @Test
    void theReadmeHasExamplesForEveryPartOfTheService() throws IOException {
        List<String> examples = curlExamples();
        for (String path : List.of("/sparql", "/api/cities", "/api/queries", "/api/compare", "/id/city/espoo",
                "/catalog", "/.well-known/void", "/dumps/")) {
            assertThat(examples).as("an example for %s", path).anySatisfy(e -> assertThat(e).contains(path));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCurlExampleSucceeds() throws IOException {
        return curlExamples().stream().map(example -> DynamicTest.dynamicTest(example, () -> {
            String command = example.replace("localhost:8080", "localhost:" + port)
                    + " --fail --silent --show-error --max-time 60 --output /dev/null";
            Path output = Files.createTempFile("readme-example-", ".log");
            // No terminal: an example that would prompt (e.g. for a password) fails instead of waiting.
            Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(output.toFile()).start();
            boolean finished = process.waitFor(90, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            assertThat(finished).as("finished within 90 s: %s", example).isTrue();
            assertThat(process.exitValue()).as("curl exit for %s: %s", example, text).isZero();
        }));
    }
}

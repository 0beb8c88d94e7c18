package org.citynet.web.system;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Redocly CLI, as {@code src/test/openapi} pins it (package.json and package-lock.json: the CLI and a
 * Node.js it supports, both from npm), installed with {@code npm ci} into {@code target/openapi-lint} the
 * first time a test needs it (npm's cache makes later installs quick). Needs {@code npm} on the PATH
 * ({@code .ci/test} provisions it); a test fails when it is missing, and is skipped, saying so, only when
 * the npm registry cannot be reached. The linter then runs on the Node.js it installed, whatever Node.js
 * the machine has.
 */
final class RedoclyLinter {

    private static final Path SOURCE = Path.of("src/test/openapi");
    private static final Path HOME = Path.of("target/openapi-lint");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "redocly.yaml");

    /** What a command printed, and its exit code. */
    record Run(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + (stderr.isBlank() ? "" : "\n" + stderr);
        }
    }

    private RedoclyLinter() {
    }

    /** Lints {@code document} with the recommended rules; the report in Redocly's JSON format. */
    static Run lint(Path document) throws IOException, InterruptedException {
        install();
        Path bin = HOME.resolve("node_modules/.bin").toAbsolutePath();
        return run(List.of(bin.resolve("redocly").toString(), "lint", document.toAbsolutePath().toString(),
                "--config", HOME.resolve("redocly.yaml").toAbsolutePath().toString(), "--format=json",
                "--max-problems=1000"), HOME, 120);
    }

    private static void install() throws IOException, InterruptedException {
        boolean current = Files.isExecutable(HOME.resolve("node_modules/.bin/redocly"));
        for (String file : FILES) {
            Path installed = HOME.resolve(file);
            current &= Files.exists(installed) && Files.mismatch(SOURCE.resolve(file), installed) == -1;
        }
        if (current) {
            return;
        }
        Files.createDirectories(HOME);
        for (String file : FILES) {
            Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (run(List.of("npm", "--version"), HOME, 60).exitCode() != 0) {
            fail("The OpenAPI lint needs npm (Debian: apt-get install -y nodejs npm; .ci/test installs it)");
        }
        Run ping = run(List.of("npm", "ping"), HOME, 60);
        Assumptions.assumeTrue(ping.exitCode() == 0, () -> "Skipped: the npm registry cannot be reached, so the"
                + " OpenAPI linter (Redocly CLI) cannot be installed. npm ping said: " + ping.output().strip());
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), HOME, 600);
        if (install.exitCode() != 0) {
            fail("npm ci of the OpenAPI linter failed:\n" + install.output());
        }
    }

    /** Runs a command with the installed Node.js first on the PATH. */
    private static Run run(List<String> command, Path directory, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile());
        Path bin = HOME.resolve("node_modules/.bin").toAbsolutePath();
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        // No telemetry, no update notices: the linter talks to nobody.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Path output = Files.createTempFile("redocly-", ".out");
        Path errors = Files.createTempFile("redocly-", ".err");
        builder.redirectOutput(output.toFile()).redirectError(errors.toFile());
        try {
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                return new Run(127, "", e.getMessage());
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " took longer than " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    Files.readString(errors, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}

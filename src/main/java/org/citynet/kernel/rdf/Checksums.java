package org.citynet.kernel.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.citynet.kernel.backup.RestoreRefusedException;

/** SHA-256 of backup files and the {@code sha256sum}-style checksum files beside them. */
public final class Checksums {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private Checksums() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The hash recorded for {@code backup} in {@code checksumFile}: the first word of its first line.
     *
     * @throws RestoreRefusedException if the checksum file is missing or holds no SHA-256
     */
    public static String recorded(Path checksumFile) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(checksumFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RestoreRefusedException(List.of(checksumFile + ": missing; a backup is only restored"
                    + " with the checksum file written beside it (create one with sha256sum if you trust the file)"));
        }
        String first = lines.isEmpty() ? "" : lines.get(0).strip().split("\\s+", 2)[0];
        if (!HEX.matcher(first).matches()) {
            throw new RestoreRefusedException(List.of(checksumFile + ": does not start with a SHA-256 in hex"));
        }
        return first.toLowerCase(Locale.ROOT);
    }
}

package org.citynet.kernel.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * SHA-256 over the names and bytes of the input files, taken in sorted name order so that the order in
 * which files were listed does not matter; file times do not enter it.
 */
final class ContentHash {

    private final Map<String, byte[]> contents = new TreeMap<>();

    void add(SourceFile file, byte[] bytes) {
        contents.put(file.hashKey(), bytes);
    }

    /** Lower-case hex SHA-256. */
    String hex() {
        MessageDigest digest = DigestUtils.getSha256Digest();
        contents.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            // The separator and length prefix keep ("a", "bc") and ("ab", "c") from hashing alike.
            digest.update((byte) 0);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

}

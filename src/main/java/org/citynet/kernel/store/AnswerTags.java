package org.citynet.kernel.store;

import java.util.HexFormat;

import org.apache.commons.codec.digest.DigestUtils;

/** Short, stable hashes for entity tags. Stateless. */
final class AnswerTags {

    private AnswerTags() {
    }

    /** The first 12 hexadecimal digits of the SHA-256 of {@code text}. */
    static String shortHash(String text) {
        return HexFormat.of().formatHex(DigestUtils.sha256(text), 0, 6);
    }
}

package org.citynet.web.api.compare;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many distinct IRIs (one per membership or agreement node) kept compactly: the part up to the last
 * {@code /} or {@code #} as an entry of the index's term table, the rest as UTF-8 bytes in one shared
 * array. A million membership IRIs then take some 30 MB instead of well over 100 MB as Strings. Built by
 * one thread, then read-only ({@link #freeze}).
 */
final class IriColumn {

    private final IntColumn namespaces = new IntColumn();
    private final IntColumn offsets = new IntColumn();
    private byte[] bytes = new byte[1 << 16];
    private int length;
    private int[] namespaceIds;
    private int[] starts;

    /** @return the position of the IRI in this column */
    int add(int namespace, String local) {
        byte[] utf8 = local.getBytes(StandardCharsets.UTF_8);
        while (length + utf8.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        offsets.add(length);
        length += utf8.length;
        return namespaces.add(namespace);
    }

    IriColumn freeze() {
        namespaceIds = namespaces.toArray();
        offsets.add(length);
        starts = offsets.toArray();
        bytes = Arrays.copyOf(bytes, length);
        return this;
    }

    String get(int position, String[] terms) {
        return terms[namespaceIds[position]]
                + new String(bytes, starts[position], starts[position + 1] - starts[position], StandardCharsets.UTF_8);
    }

    long approximateBytes() {
        return bytes.length + 4L * (namespaceIds.length + starts.length);
    }

    /** Where an IRI is split: after its last {@code /} or {@code #}. */
    static int split(String iri) {
        return Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    }
}

package org.citynet.tools.gazetteer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal reader of the (ustar / pax) tar format that {@code npm pack} writes: walks the entries of an
 * uncompressed tar stream and hands each regular file's content to a visitor as a stream bounded to that
 * file. Written here because the archive library on the classpath needs a newer commons-io than the
 * one the build resolves; a tarball of nine files needs little.
 */
final class TarEntries {

    private static final int BLOCK = 512;

    /** Receives one file of the archive; the stream ends where the file ends and need not be read fully. */
    @FunctionalInterface
    interface Visitor {
        void file(String name, InputStream content) throws IOException;
    }

    private TarEntries() {
    }

    static void read(InputStream tar, Visitor visitor) throws IOException {
        byte[] header = new byte[BLOCK];
        String paxPath = null;
        while (readBlock(tar, header)) {
            if (isZero(header)) {
                return;
            }
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            BoundedStream content = new BoundedStream(tar, size);
            if (type == 'x') {
                // A pax header may give the next entry's full path.
                paxPath = paxPath(new String(content.readAllBytes(), StandardCharsets.UTF_8));
            } else if (type == '0' || type == '\0') {
                visitor.file(paxPath != null ? paxPath : name(header), content);
                paxPath = null;
            }
            content.skipRest();
            skipFully(tar, (BLOCK - size % BLOCK) % BLOCK);
        }
    }

    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        boolean ustar = text(header, 257, 6).startsWith("ustar");
        String prefix = ustar ? text(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            String keyValue = space < 0 ? record : record.substring(space + 1);
            if (keyValue.startsWith("path=")) {
                return keyValue.substring("path=".length());
            }
        }
        return null;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) throws IOException {
        String digits = text(header, offset, length).trim();
        try {
            return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (entry size \"" + digits + "\")", e);
        }
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK) {
            throw new IOException("truncated tar archive");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("truncated tar archive");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One entry's content: reads at most {@code remaining} bytes and never closes the archive. */
    private static final class BoundedStream extends FilterInputStream {
        private long remaining;

        BoundedStream(InputStream in, long size) {
            super(in);
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public void close() {
            // The archive goes on after this entry.
        }

        void skipRest() throws IOException {
            skipFully(in, remaining);
            remaining = 0;
        }
    }
}

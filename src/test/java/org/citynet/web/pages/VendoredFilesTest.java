package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

/**
 * The map's vendored files (static/vendor, see its README) are the ones their npm releases hold: each
 * matches the SHA-256 recorded in SHA256SUMS, which the README says how to check against the registry.
 */
class VendoredFilesTest {

    private static final String VENDOR = "/static/vendor/";

    @Test
    void everyVendoredFileMatchesItsRecordedDigest() throws IOException {
        List<String> lines = new String(read("SHA256SUMS"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            assertThat(DigestUtils.sha256Hex(read(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void theCountriesAreNaturalEarthsAsTopoJson() throws IOException {
        JsonNode topology = new ObjectMapper().readTree(read("world-atlas/countries-50m.json"));
        assertThat(topology.path("type").asText()).isEqualTo("Topology");
        assertThat(topology.path("objects").path("countries").path("geometries").size()).isGreaterThan(200);
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = VendoredFilesTest.class.getResourceAsStream(VENDOR + name)) {
            assertThat(in).as(VENDOR + name).isNotNull();
            return in.readAllBytes();
        }
    }
}

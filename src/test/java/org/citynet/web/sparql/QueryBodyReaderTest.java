package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Reading an application/sparql-query body: UTF-8 by default, a declared charset, the length limit. */
class QueryBodyReaderTest {

    private static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");

    @Test
    void readsUtf8WhenNoCharsetIsDeclared() {
        String query = "ASK { ?s ?p \"Køge\"@sv }";
        InputStream body = new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8));
        assertThat(QueryBodyReader.read(body, SPARQL_QUERY, 100)).isEqualTo(query);
    }

    @Test
    void honoursADeclaredCharset() {
        String query = "ASK { ?s ?p \"Køge\"@sv }";
        InputStream body = new ByteArrayInputStream(query.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(QueryBodyReader.read(body, MediaType.parseMediaType("application/sparql-query;charset=ISO-8859-1"),
                100)).isEqualTo(query);
    }

    @Test
    void countsCharactersNotBytesAndStopsOverTheLimit() {
        String fiveCharacters = "øøøøø";
        assertThat(QueryBodyReader.read(new ByteArrayInputStream(fiveCharacters.getBytes(StandardCharsets.UTF_8)),
                SPARQL_QUERY, 5)).isEqualTo(fiveCharacters);
        byte[] huge = "x".repeat(1_000_000).getBytes(StandardCharsets.UTF_8);
        CountingStream counting = new CountingStream(huge);
        assertThatThrownBy(() -> QueryBodyReader.read(counting, SPARQL_QUERY, 10))
                .isInstanceOfSatisfying(QueryTooLongException.class, e -> {
                    assertThat(e.source()).isEqualTo(QuerySource.BODY);
                    assertThat(e.maxLength()).isEqualTo(10);
                });
        assertThat(counting.read).as("bytes read before refusing").isLessThan(100_000);
    }

    /** Counts what the reader took, to show it stops early. */
    private static final class CountingStream extends ByteArrayInputStream {
        int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}

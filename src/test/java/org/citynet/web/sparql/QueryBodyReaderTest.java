package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Reading an application/sparql-query body: UTF-8, declared or not; any other declared charset refused (the
 * protocol's bodies are UTF-8: W3C test bad_query_non_utf8); the length limit.
 */
class QueryBodyReaderTest {

    private static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");

    @Test
    void readsUtf8WhenNoCharsetIsDeclared() {
        String query = "ASK { ?s ?p \"Køge\"@sv }";
        InputStream body = new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8));
        assertThat(QueryBodyReader.read(body, SPARQL_QUERY, 100)).isEqualTo(query);
    }

    @Test
    void readsADeclaredUtf8() {
        String query = "ASK { ?s ?p \"Køge\"@sv }";
        InputStream body = new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8));
        assertThat(QueryBodyReader.read(body, MediaType.parseMediaType("application/sparql-query;charset=UTF-8"),
                100)).isEqualTo(query);
    }

    /** Changed for issue 15: a declared ISO-8859-1 or UTF-16 used to be decoded; the protocol says UTF-8. */
    @Test
    void refusesAnyOtherDeclaredCharset() {
        for (String charset : new String[] {"ISO-8859-1", "UTF-16", "windows-1252"}) {
            InputStream body = new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> QueryBodyReader.read(body,
                    MediaType.parseMediaType("application/sparql-query;charset=" + charset), 100))
                    .as(charset).isInstanceOfSatisfying(CharsetNotSupportedException.class,
                            e -> assertThat(e.getStatusCode().value()).isEqualTo(415));
        }
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
        // A refused body is read to its end before the refusal (so that the client reads the answer rather than a
        // reset connection), but no further than QueryBodyReader.DRAIN_LIMIT.
        assertThat(counting.read).as("bytes read before refusing").isEqualTo(huge.length);
        CountingStream larger = new CountingStream("x".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> QueryBodyReader.read(larger, SPARQL_QUERY, 10))
                .isInstanceOf(QueryTooLongException.class);
        assertThat((long) larger.read).as("bytes read of a body over the drain limit")
                .isLessThan(QueryBodyReader.DRAIN_LIMIT + 64 * 1024);
    }

    /** Counts what the reader took, to show where it stops. */
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

package org.citynet.web.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/**
 * Reads an {@code application/sparql-query} body, stopping as soon as it is longer than the length limit:
 * a client cannot make the endpoint buffer a body of any size just to refuse it. The protocol says
 * such bodies are UTF-8, so another declared charset is refused ({@link CharsetNotSupportedException}).
 * Stateless.
 */
final class QueryBodyReader {

    /** At most this much of a refused body is read to its end; a longer one is left, and the connection closed. */
    static final long DRAIN_LIMIT = 2L * 1024 * 1024;

    private QueryBodyReader() {
    }

    /**
     * @param contentType the request's Content-Type, for its charset
     * @throws QueryTooLongException        if the body holds more than {@code maxChars} characters
     * @throws CharsetNotSupportedException if the Content-Type declares a charset other than UTF-8
     */
    static String read(InputStream body, MediaType contentType, int maxChars) {
        CharsetNotSupportedException.requireUtf8(contentType);
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            int read;
            while ((read = reader.read(buffer)) != -1) {
                text.append(buffer, 0, read);
                if (text.length() > maxChars) {
                    drain(reader);
                    throw new QueryTooLongException(QuerySource.BODY, maxChars);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
        return text.toString();
    }

    /**
     * Reads and drops what is left of a refused body, up to {@link #DRAIN_LIMIT} characters, as Tomcat
     * swallows up to 2 MB of an unread body on the service's own port. A server that answers while the client is still sending, and
     * then closes, makes the client's TCP stack reset the connection on the bytes that arrive after the
     * close, and the refusal is lost before the client reads it ("header parser received no bytes", seen on
     * the embedded Fuseki's Jetty port).
     */
    private static void drain(Reader reader) throws IOException {
        char[] buffer = new char[8192];
        long dropped = 0;
        int read;
        while (dropped < DRAIN_LIMIT && (read = reader.read(buffer)) != -1) {
            dropped += read;
        }
    }
}

package org.citynet.web.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Reads a write request's body into memory, up to a size limit: a declared Content-Length over the limit
 * is refused before reading, and reading stops one byte past the limit whatever was declared.
 */
public final class WriteBody {

    private WriteBody() {
    }

    /** @throws WriteTooLargeException if the body is larger than {@code max} */
    public static byte[] bytes(HttpServletRequest request, DataSize max) {
        long declared = request.getContentLengthLong();
        if (declared > max.toBytes()) {
            throw new WriteTooLargeException(max);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max.toBytes() + 1));
            if (body.length > max.toBytes()) {
                throw new WriteTooLargeException(max);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    /**
     * A SPARQL Update body as text: UTF-8, as the protocol says.
     *
     * @throws CharsetNotSupportedException if the Content-Type declares another charset
     */
    public static String text(HttpServletRequest request, DataSize max) {
        CharsetNotSupportedException.requireUtf8(MediaType.parseMediaType(request.getContentType()));
        return new String(bytes(request, max), StandardCharsets.UTF_8);
    }
}

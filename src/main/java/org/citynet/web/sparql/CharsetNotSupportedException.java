package org.citynet.web.sparql;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A SPARQL query or update body ({@code application/sparql-query}, {@code application/sparql-update}) that
 * declares a charset other than UTF-8. The SPARQL 1.1 Protocol (2.1.3, 2.2.2) sends these bodies as UTF-8,
 * and its conformance tests ({@code bad_query_non_utf8}, {@code bad_update_non_utf8}) expect a refusal, not
 * a decoding in whatever charset was named. Answered with 415.
 */
public class CharsetNotSupportedException extends ProblemException {

    CharsetNotSupportedException(String charset) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "charset-not-supported", "Charset not supported",
                "SPARQL query and update bodies are UTF-8 (SPARQL 1.1 Protocol), not " + charset
                        + ". Send the text in UTF-8, with charset=utf-8 or no charset at all.");
        property("charset", charset);
    }

    /** @throws CharsetNotSupportedException if the Content-Type names a charset other than UTF-8 */
    static void requireUtf8(MediaType contentType) {
        String declared = contentType.getParameter("charset");
        if (declared == null) {
            return;
        }
        Charset charset;
        try {
            charset = Charset.forName(declared.replace("\"", "").strip());
        } catch (IllegalArgumentException e) {
            throw new CharsetNotSupportedException(shown(declared));
        }
        if (!StandardCharsets.UTF_8.equals(charset)) {
            throw new CharsetNotSupportedException(shown(declared));
        }
    }

    private static String shown(String charset) {
        return charset.length() > 40 ? charset.substring(0, 40) + "…" : charset;
    }
}

package org.citynet.web.sparql;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** A write body larger than {@code citynet.security.max-write-size}; refused unread. Answered with 413. */
public class WriteTooLargeException extends ProblemException {

    private final long maxBytes;

    WriteTooLargeException(DataSize max) {
        super(HttpStatus.CONTENT_TOO_LARGE, "write-too-large", "Write too large", "The body is larger than the "
                + max.toBytes() + " bytes a write may have here. Split the change into several requests.");
        this.maxBytes = max.toBytes();
        property("maxBytes", maxBytes);
        // Refused unread: the connection cannot carry another request (see QueryTooLongException).
        getHeaders().set(HttpHeaders.CONNECTION, "close");
    }

    public long maxBytes() {
        return maxBytes;
    }
}

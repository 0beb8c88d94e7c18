package org.citynet.web.sparql;

import org.springframework.util.unit.DataSize;

/** A write body larger than {@code citynet.security.max-write-size}; refused unread. Answered with 413. */
public class WriteTooLargeException extends RuntimeException {

    private final long maxBytes;

    WriteTooLargeException(DataSize max) {
        super("The body is larger than the " + max.toBytes() + " bytes a write may have here. Split the change"
                + " into several requests.");
        this.maxBytes = max.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }
}

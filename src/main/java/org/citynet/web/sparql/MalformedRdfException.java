package org.citynet.web.sparql;

/**
 * A Graph Store body that RIOT could not parse cleanly (an error, or a warning such as a bad IRI: data
 * written here must be as clean as the loaded files). Answered with 400 and the line and column.
 *
 * @see RdfPayload
 */
public class MalformedRdfException extends RuntimeException {

    private final long line;
    private final long column;

    MalformedRdfException(String message, long line, long column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based, or -1 if unknown. */
    public long line() {
        return line;
    }

    /** 1-based, or -1 if unknown. */
    public long column() {
        return column;
    }
}

package org.citynet.web.sparql;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A Graph Store body that RIOT could not parse cleanly (an error, or a warning such as a bad IRI: data
 * written here must be as clean as the loaded files). Answered with 400 and the line and column.
 *
 * @see RdfPayload
 */
public class MalformedRdfException extends ProblemException {

    private final long line;
    private final long column;

    MalformedRdfException(String message, long line, long column) {
        super(HttpStatus.BAD_REQUEST, "malformed-rdf", "Malformed RDF", message);
        this.line = line;
        this.column = column;
        if (line > 0) {
            property("line", line);
        }
        if (column > 0) {
            property("column", column);
        }
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

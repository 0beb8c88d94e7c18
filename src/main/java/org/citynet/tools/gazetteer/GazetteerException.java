package org.citynet.tools.gazetteer;

/**
 * The gazetteer import cannot go on for a reason a person can fix (a missing or unexpected package file,
 * an unreadable override file); the message says what to do. The command line prints it and exits 1.
 */
public final class GazetteerException extends RuntimeException {

    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}

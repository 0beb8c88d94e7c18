package org.citynet.web.catalog;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What the catalogue needs for the current data — its dumps, its whole-graph counts — is still being made
 * (after start-up or a write, on a large graph: minutes at 100,000 cities) and was not ready within the time a
 * request waits; answered 503 with {@code Retry-After} rather than hanging, or answering from older data.
 */
final class NotReadyException extends ProblemException {

    static final int RETRY_AFTER_SECONDS = 60;

    private NotReadyException(String type, String title, String what) {
        super(HttpStatus.SERVICE_UNAVAILABLE, type, title, what + " of the current data are still being "
                + "made; this is answered once they are. Try again in " + RETRY_AFTER_SECONDS + " s.");
        getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }

    /** The dumps, whose sizes and checksums the catalogue lists. */
    static NotReadyException dumps() {
        return new NotReadyException("dumps-not-ready", "Dumps not ready", "The dumps");
    }

    /** The counts of the catalogue, VoID and the service description. */
    static NotReadyException statistics() {
        return new NotReadyException("statistics-not-ready", "Statistics not ready", "The counts (triples, entities,"
                + " classes, properties, links)");
    }
}

package org.citynet.web.catalog;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The dumps of the current data are still being written (after start-up or a write, on a large graph: minutes
 * at 100,000 cities) and were not ready within {@link Dumps#REQUEST_WAIT}; answered 503 with {@code Retry-After},
 * since the catalogue lists their sizes and checksums and a stale dump is never served.
 */
class DumpsNotReadyException extends ProblemException {

    static final int RETRY_AFTER_SECONDS = 60;

    DumpsNotReadyException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "dumps-not-ready", "Dumps not ready", "The dumps of the current data"
                + " are still being written; the catalogue and the dumps are answered once they are. Try again in "
                + RETRY_AFTER_SECONDS + " s.");
        getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
}

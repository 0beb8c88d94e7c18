package org.citynet.web.pages;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The map's index of the current data is still being built (after start-up or a write, on a large graph)
 * and was not ready within a request's time; answered 503 with {@code Retry-After}.
 */
class MapNotReadyException extends ProblemException {

    private static final int RETRY_AFTER_SECONDS = 5;

    MapNotReadyException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "map-not-ready", "Map not ready", "The map of the current data is"
                + " still being prepared; try again in " + RETRY_AFTER_SECONDS + " s.");
        getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
}

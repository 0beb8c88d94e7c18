package org.citynet.web.sparql;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A read of the whole dataset from the embedded Fuseki ({@code GET /citynet}, a backup of the running
 * service) while another is still being sent: one runs at a time. Answered 503 with {@code Retry-After}.
 */
public class DatasetReadBusyException extends ProblemException {

    static final int RETRY_AFTER_SECONDS = 30;

    DatasetReadBusyException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "dataset-read-busy", "Another dataset read is running", "The whole"
                + " dataset is being sent to another client; one such read runs at a time. Try again shortly, or"
                + " download the dumps (/dumps/citynet.nq.gz) from the service.");
        getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
}

package org.citynet.web.system;

import org.springframework.http.HttpStatus;

/** A resource, query or identifier that does not exist; answered with 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message);
    }
}

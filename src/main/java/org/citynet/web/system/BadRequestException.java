package org.citynet.web.system;

import org.springframework.http.HttpStatus;

/** A request a client got wrong in a way no more specific exception describes; answered with 400. */
public class BadRequestException extends ProblemException {

    public BadRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", message);
    }
}

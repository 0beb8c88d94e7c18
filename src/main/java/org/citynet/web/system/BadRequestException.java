package org.citynet.web.system;

/** A request a client got wrong in a way no more specific exception describes; answered with 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}

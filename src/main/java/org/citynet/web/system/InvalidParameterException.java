package org.citynet.web.system;

import org.springframework.http.HttpStatus;

/** A named-query parameter value that is missing or of the wrong type; maps to 400. */
public class InvalidParameterException extends ProblemException {

    private final String parameter;

    public InvalidParameterException(String parameter, String problem) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", "Parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
        property("parameter", parameter);
    }

    public String parameter() {
        return parameter;
    }
}

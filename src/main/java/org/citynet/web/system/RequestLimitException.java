package org.citynet.web.system;

import org.springframework.http.HttpStatus;

/**
 * A request beyond one of {@link RequestLimits}: too long a path (414), too long a parameter (400), too
 * large a body (413). Carries what the problem answer needs.
 *
 * @see ErrorMapping
 */
public class RequestLimitException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String parameter;
    private final long limit;

    RequestLimitException(HttpStatus status, String type, String detail, String parameter, long limit) {
        super(detail);
        this.status = status;
        this.type = type;
        this.parameter = parameter;
        this.limit = limit;
    }

    public HttpStatus status() {
        return status;
    }

    /** The last segment of the problem type, e.g. {@code path-too-long}. */
    public String type() {
        return type;
    }

    /** The parameter that is too long, or null. */
    public String parameter() {
        return parameter;
    }

    public long limit() {
        return limit;
    }
}

package org.citynet.web.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request beyond one of {@link RequestLimits}: too long a path (414), too long a parameter (400), too
 * large a body (413). Carries what the problem answer needs.
 *
 * @see ErrorMapping
 */
public class RequestLimitException extends ProblemException {

    private final String parameter;
    private final long limit;

    RequestLimitException(HttpStatus status, String type, String detail, String parameter, long limit) {
        super(status, type, status.getReasonPhrase(), detail);
        this.parameter = parameter;
        this.limit = limit;
        if (parameter != null) {
            property("parameter", parameter);
        }
        property("limit", limit);
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            // The body is refused unread: the connection cannot carry another request, and a client that is not
            // told so may send its next one on it and see the connection closed instead of an answer.
            getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
    }

    /** The parameter that is too long, or null. */
    public String parameter() {
        return parameter;
    }

    public long limit() {
        return limit;
    }
}

package org.citynet.web.system;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the service refuses, carrying its own answer: the status and the RFC 9457 problem details
 * (type, title, detail and any further members), and headers such as {@code Retry-After}. Each feature
 * declares its refusals as subclasses beside the code that throws them; {@link ErrorMapping} writes them
 * all the same way, without knowing any of them.
 */
public abstract class ProblemException extends ErrorResponseException {

    /** Problem types are {@code https://w3id.org/citynet/problems/{type}}. */
    public static final String TYPE_BASE = "https://w3id.org/citynet/problems/";

    protected ProblemException(HttpStatusCode status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    protected ProblemException(HttpStatusCode status, String type, String title, String detail, Throwable cause) {
        super(status, problem(status, type, title, detail), cause);
    }

    /** Problem details with a citynet type. */
    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** Adds a member to the problem details, e.g. the parameter that was wrong. */
    protected final void property(String name, Object value) {
        getBody().setProperty(name, value);
    }

    /** The detail: what went wrong and how to put it right, as the client reads it. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}

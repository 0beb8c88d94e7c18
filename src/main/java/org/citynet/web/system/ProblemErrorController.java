package org.citynet.web.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Errors that never reach a controller, and so not {@link ErrorMapping} either — Tomcat refusing a URL
 * with a broken percent-encoding, a filter's {@code sendError} — answered as problem details like every
 * other error, instead of Spring Boot's own JSON. Browsers asking for HTML still get Boot's error page.
 * The detail is the status's own phrase: such an error carries no message fit for a client.
 */
class ProblemErrorController extends BasicErrorController {

    private static final String TYPE_BASE = "https://w3id.org/citynet/problems/";

    ProblemErrorController(ErrorAttributes errorAttributes) {
        super(errorAttributes, new ErrorProperties());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", URI.create(TYPE_BASE + (status.is4xxClientError() ? "bad-request" : "internal-error")));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        if (status == HttpStatus.BAD_REQUEST) {
            return "The request is malformed, for example a broken percent-encoding (%zz) in its URL.";
        }
        if (status.is4xxClientError()) {
            return "The request was refused: " + status.getReasonPhrase() + ".";
        }
        return "Something went wrong on our side.";
    }
}

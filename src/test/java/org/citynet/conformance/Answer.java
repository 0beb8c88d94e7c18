package org.citynet.conformance;

import java.util.Map;

/**
 * What one service answered to one surface: status, content type, body (with the service's own address
 * replaced by {@link Normalisation#SERVICE}), the response headers that matter for the report, or the
 * problem that kept the request from being answered at all (status -1).
 */
record Answer(int status, String contentType, String body, Map<String, String> headers, String problem) {

    static Answer unanswered(String problem) {
        return new Answer(-1, null, "", Map.of(), problem);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The start of the body, for a report line. */
    String excerpt(int chars) {
        String text = problem != null ? problem : body.replaceAll("\\s+", " ");
        return text.length() <= chars ? text : text.substring(0, chars) + "…";
    }
}

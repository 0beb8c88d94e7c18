package org.citynet.web.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word, for requests it refuses before the application sees them (an encoded {@code /} or
 * NUL byte in the path, an invalid request line): a small problem+json body instead of Tomcat's HTML page,
 * which names the server. Anything the application answered itself is left as it is.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://w3id.org/citynet/problems/" + (status < 500 ? "bad-request"
                        : "internal-error") + "\",\"title\":\"" + phrase(status) + "\",\"status\":" + status
                        + ",\"detail\":\"" + (status < 500 ? "The request was refused before it could be read: its"
                        + " URL or headers are malformed (for example an encoded '/' or a NUL byte in the path)."
                        : "Something went wrong on our side.") + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response is already on its way: nothing more to say.
        }
    }

    private static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

}

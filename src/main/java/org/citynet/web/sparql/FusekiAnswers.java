package org.citynet.web.sparql;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Sends what the service's code answered on the embedded Fuseki's response: the answer, or the refusal as the
 * service writes it everywhere — RFC 9457 problem details from {@code ErrorMapping}, reached through Spring
 * MVC's exception resolvers (which need only the servlet request and response, not Spring's dispatcher), the
 * same way the service's servlet filters answer. So a client gets the same 400, 406 or 503 with
 * {@code Retry-After} on either port. Thread-safe.
 */
final class FusekiAnswers {

    private static final Logger log = LoggerFactory.getLogger(FusekiAnswers.class);

    private final HandlerExceptionResolver resolver;

    FusekiAnswers(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    /** Runs {@code work}; if it throws, answers with the problem it stands for. */
    void answer(HttpAction action, Work work) {
        try {
            work.run();
        } catch (Exception e) {
            refuse(action, e);
        }
    }

    /** Answers with the problem {@code e} stands for. */
    void refuse(HttpAction action, Exception e) {
        HttpServletResponse response = action.getResponse();
        if (response.isCommitted()) {
            // Only a streamed dataset read can fail after its first byte; the client sees a cut answer.
            log.warn("Embedded Fuseki: {} failed after its answer had started: {}", action.getActionURI(),
                    e.toString());
            return;
        }
        if (resolver.resolveException(action.getRequest(), new SetOnce(response), null, e) == null) {
            log.error("Embedded Fuseki: no answer for a failure of {}", action.getActionURI(), e);
            try {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            } catch (IOException ignored) {
                // The client has gone.
            }
        }
    }

    /**
     * Spring adds headers where Fuseki's response tracker (which logs the answer) expects them set: a header
     * not there yet is set instead of added.
     */
    private static final class SetOnce extends HttpServletResponseWrapper {

        SetOnce(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (containsHeader(name)) {
                super.addHeader(name, value);
            } else {
                super.setHeader(name, value);
            }
        }
    }

    /** Work that answers a request or throws what the service refuses it with. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}

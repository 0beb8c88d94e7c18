package org.citynet.web.sparql;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.springframework.http.HttpHeaders;

/**
 * The embedded Fuseki's query operation ({@code /citynet}, {@code /citynet/sparql}, {@code /citynet/query}),
 * registered in place of Fuseki's own {@code SPARQL_QueryDataset}: the request is answered by the service's
 * {@link SparqlEndpoint}, exactly as {@code /sparql} answers it — SPARQL 1.1 syntax, length, nesting and
 * SERVICE checks, the protocol's dataset, the time limit, clients' share of the query slots, the row cap,
 * the answer cache, and the whole answer computed before a byte is sent.
 *
 * <p>Why not Fuseki's own code for both ports: its processor parses ARQ's extended syntax, answers a SELECT
 * by streaming rows as the query runs (a timeout or a row cap could then only cut a 200 answer short) and
 * builds CONSTRUCT results without a bound, and its errors are plain text. Guarding it would mean overriding
 * nearly every step; serving the one guarded implementation from Fuseki's dispatch keeps one.
 */
final class FusekiQuery extends ActionService {

    private final SparqlEndpoint endpoint;
    private final FusekiAnswers answers;

    FusekiQuery(SparqlEndpoint endpoint, FusekiAnswers answers) {
        this.endpoint = endpoint;
        this.answers = answers;
    }

    /** The endpoint validates (and refuses) as part of answering; nothing to do before. */
    @Override
    public void validate(HttpAction action) {
    }

    @Override
    public void execute(HttpAction action) {
        boolean head = "HEAD".equals(action.getRequestMethod());
        answers.answer(action, () -> endpoint.answer(action.getRequest(), action.getResponse())
                .writeTo(action.getResponse(), head));
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execHead(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execOptions(HttpAction action) {
        action.getResponse().setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, OPTIONS");
        action.getResponse().setStatus(200);
    }
}

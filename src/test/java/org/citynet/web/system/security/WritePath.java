package org.citynet.web.system.security;

import java.net.URI;

/**
 * Every way a client could try to write, on the service and on the embedded Fuseki, each able to carry
 * a change to one graph: a SPARQL Update (as a body or a form) or a Turtle graph (Graph Store Protocol).
 * The service's paths take authenticated writes; Fuseki's refuse every write, having no write endpoint.
 */
enum WritePath {

    SPARQL_UPDATE_BODY(true, "POST", "/sparql", Payload.UPDATE_BODY),
    SPARQL_UPDATE_FORM(true, "POST", "/sparql", Payload.UPDATE_FORM),
    GSP_PUT(true, "PUT", "/sparql/graph?graph=", Payload.TURTLE),
    GSP_POST(true, "POST", "/sparql/graph?graph=", Payload.TURTLE),
    GSP_DELETE(true, "DELETE", "/sparql/graph?graph=", Payload.NONE),
    FUSEKI_UPDATE(false, "POST", "/update", Payload.UPDATE_BODY),
    FUSEKI_UPDATE_FORM(false, "POST", "/update", Payload.UPDATE_FORM),
    FUSEKI_DATASET_UPDATE(false, "POST", "", Payload.UPDATE_BODY),
    FUSEKI_DATASET_UPDATE_FORM(false, "POST", "", Payload.UPDATE_FORM),
    FUSEKI_DATA_PUT(false, "PUT", "/data?graph=", Payload.TURTLE),
    FUSEKI_DATA_POST(false, "POST", "/data?graph=", Payload.TURTLE),
    FUSEKI_DATA_DELETE(false, "DELETE", "/data?graph=", Payload.NONE),
    FUSEKI_DATASET_PUT(false, "PUT", "?graph=", Payload.TURTLE),
    FUSEKI_DATASET_POST(false, "POST", "?graph=", Payload.TURTLE),
    FUSEKI_DATASET_DELETE(false, "DELETE", "?graph=", Payload.NONE),
    FUSEKI_GET_ENDPOINT_PUT(false, "PUT", "/get?graph=", Payload.TURTLE);

    /** How the change travels. */
    enum Payload { UPDATE_BODY, UPDATE_FORM, TURTLE, NONE }

    private final boolean service;
    private final String method;
    private final String path;
    private final Payload payload;

    WritePath(boolean service, String method, String path, Payload payload) {
        this.service = service;
        this.method = method;
        this.path = path;
        this.payload = payload;
    }

    boolean onService() {
        return service;
    }

    String method() {
        return method;
    }

    Payload payload() {
        return payload;
    }

    /**
     * @param base  the service's root ({@code http://localhost:port}) or Fuseki's dataset URL
     * @param graph the graph the change is about
     */
    URI uri(String base, String graph) {
        return URI.create(base + (path.endsWith("graph=") ? path + WriteHttp.encode(graph) : path));
    }

    String contentType() {
        return switch (payload) {
            case UPDATE_BODY -> "application/sparql-update";
            case UPDATE_FORM -> "application/x-www-form-urlencoded";
            case TURTLE -> "text/turtle";
            case NONE -> null;
        };
    }

    /**
     * The request body carrying {@code turtle} into {@code graph} (INSERT DATA for an update).
     */
    String body(String graph, String prefixes, String turtle) {
        String insert = prefixes + "INSERT DATA { GRAPH <" + graph + "> {\n" + turtle + "\n} }";
        return switch (payload) {
            case UPDATE_BODY -> insert;
            case UPDATE_FORM -> "update=" + WriteHttp.encode(insert);
            case TURTLE -> prefixes.replaceAll("(?m)^PREFIX (\\S+) (<[^>]+>)$", "@prefix $1 $2 .") + turtle;
            case NONE -> null;
        };
    }
}

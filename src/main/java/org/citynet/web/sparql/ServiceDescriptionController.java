package org.citynet.web.sparql;

import org.apache.jena.graph.Graph;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code GET /sparql} without {@code query} (or {@code update}): the SPARQL Service Description. Requests
 * with a query belong to the SPARQL endpoint; this mapping only takes those without one.
 */
@RestController
class ServiceDescriptionController {

    private final ServiceDescription description;

    ServiceDescriptionController(ServiceDescription description) {
        this.description = description;
    }

    @GetMapping(value = "/sparql", params = {"!query", "!update"})
    ResponseEntity<Graph> describe(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        return description.respond(request);
    }
}

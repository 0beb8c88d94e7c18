package org.citynet.web.sparql;

import java.net.URI;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.citynet.kernel.store.ProtectedGraphException;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.security.SecurityConfiguration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at {@code /sparql/graph}, graphs named by {@code ?graph=<IRI>}
 * (a fragment allowed) or {@code ?default}. GET and HEAD are public ({@link GraphReads}). PUT (replace),
 * POST (add) and DELETE are for authenticated writers only (Spring Security lets no other request through)
 * and answer 201 when they created the graph, else 204. The default graph cannot be written, nor can the
 * graphs the loader owns.
 */
@RestController
@RequestMapping("/sparql/graph")
class GraphStoreController {

    private final GraphReads reads;
    private final WriteService writes;
    private final CitynetProperties properties;

    GraphStoreController(GraphReads reads, WriteService writes, CitynetProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.properties = properties;
    }

    /** {@link GraphReads} answers, as it does for the embedded Fuseki. */
    @GetMapping
    ResponseEntity<byte[]> get(HttpServletRequest request, HttpServletResponse response)
            throws HttpMediaTypeNotAcceptableException {
        return reads.read(request, response).toEntity();
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @PutMapping
    ResponseEntity<Void> put(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                             Principal writer) throws HttpMediaTypeNotSupportedException {
        Node graph = writable(GraphTarget.fromParameters(parameters));
        boolean created = writes.replaceGraph(graph, payload(graph, request, HttpMethod.PUT), name(writer));
        return written(graph, created);
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @PostMapping
    ResponseEntity<Void> post(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                              Principal writer) throws HttpMediaTypeNotSupportedException {
        Node graph = writable(GraphTarget.fromParameters(parameters));
        boolean created = writes.addToGraph(graph, payload(graph, request, HttpMethod.POST), name(writer));
        return written(graph, created);
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @DeleteMapping
    ResponseEntity<Void> delete(@RequestParam MultiValueMap<String, String> parameters, Principal writer) {
        writes.deleteGraph(writable(GraphTarget.fromParameters(parameters)), name(writer));
        return ResponseEntity.noContent().build();
    }

    private static Node writable(GraphTarget target) {
        if (target.isDefault()) {
            throw ProtectedGraphException.defaultGraph();
        }
        return target.graph();
    }

    private Graph payload(Node graph, HttpServletRequest request, HttpMethod method)
            throws HttpMediaTypeNotSupportedException {
        byte[] body = WriteBody.bytes(request, properties.security().maxWriteSize());
        return RdfPayload.parse(body, request.getContentType(), graph.getURI(), method);
    }

    private static ResponseEntity<Void> written(Node graph, boolean created) {
        if (!created) {
            return ResponseEntity.noContent().build();
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
                .queryParam(GraphTarget.GRAPH, "{graph}").buildAndExpand(graph.getURI()).encode().toUri();
        return ResponseEntity.created(location).build();
    }

    private static String name(Principal writer) {
        return writer == null ? null : writer.getName();
    }
}

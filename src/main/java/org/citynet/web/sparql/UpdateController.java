package org.citynet.web.sparql;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.security.SecurityConfiguration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPARQL 1.1 Protocol updates at {@code /sparql}, for authenticated writers (Spring Security lets no other
 * request through): POST of an {@code application/sparql-update} body, with {@code using-graph-uri} and
 * {@code using-named-graph-uri} in the URL, or POST of a form with {@code update=} and those fields. A form's
 * {@code update} must be in its body: one in the URL of a form POST is refused, even with an empty body
 * (see {@link ProtocolRequests}). Bodies are UTF-8. Answers 204 once the update is committed;
 * {@link WriteService} does the work, {@code ErrorMapping} the refusals.
 */
@RestController
@RequestMapping("/sparql")
class UpdateController {

    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String UPDATE = "update";
    static final String USING_GRAPH_URI = "using-graph-uri";
    static final String USING_NAMED_GRAPH_URI = "using-named-graph-uri";

    private final WriteService writes;
    private final DataSize maxWriteSize;

    UpdateController(WriteService writes, CitynetProperties properties) {
        this.writes = writes;
        this.maxWriteSize = properties.security().maxWriteSize();
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @PostMapping(consumes = SPARQL_UPDATE)
    ResponseEntity<Void> postUpdate(@RequestParam MultiValueMap<String, String> urlParameters,
                                    HttpServletRequest request, Principal writer) {
        if (urlParameters.containsKey(UPDATE) || urlParameters.containsKey(SparqlRequest.QUERY)) {
            throw new BadRequestException("The update came in the body; send no query or update parameter with it.");
        }
        String text = WriteBody.text(request, maxWriteSize);
        writes.update(update(text, urlParameters), name(writer));
        return ResponseEntity.noContent().build();
    }

    @SecurityRequirement(name = SecurityConfiguration.BASIC)
    @SecurityRequirement(name = SecurityConfiguration.BEARER)
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, params = UPDATE)
    ResponseEntity<Void> postForm(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
                                  Principal writer) {
        ProtocolRequests.requireInBody(request, UPDATE, SparqlRequest.QUERY);
        if (parameters.containsKey(SparqlRequest.QUERY)) {
            throw new BadRequestException("Send either a query or an update, not both.");
        }
        List<String> updates = parameters.get(UPDATE);
        if (updates.size() > 1) {
            throw new BadRequestException("Give exactly one update parameter, not " + updates.size() + ".");
        }
        writes.update(update(updates.get(0), parameters), name(writer));
        return ResponseEntity.noContent().build();
    }

    private static SparqlUpdate update(String text, MultiValueMap<String, String> parameters) {
        return new SparqlUpdate(text, SparqlRequest.graphs(parameters, USING_GRAPH_URI),
                SparqlRequest.graphs(parameters, USING_NAMED_GRAPH_URI));
    }

    private static String name(Principal writer) {
        return writer == null ? null : writer.getName();
    }
}

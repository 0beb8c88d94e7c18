package org.citynet.web.sparql;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.citynet.web.system.BadRequestException;

/**
 * Turns a protocol update request into Jena's {@link UpdateRequest}: parses it (relative IRIs against the
 * graph's base), refuses {@code LOAD}, and applies {@code using-graph-uri} / {@code using-named-graph-uri}
 * as the protocol says: as if each operation with a WHERE clause had those USING / USING NAMED clauses, and
 * refused (400) if an operation has USING, USING NAMED or WITH of its own. Stateless.
 */
final class UpdateRequests {

    private UpdateRequests() {
    }

    static UpdateRequest parse(SparqlUpdate update, String base) {
        if (update.text().isBlank()) {
            throw new BadRequestException("The update is empty.");
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update.text(), base, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new MalformedUpdateException(e);
        }
        request.getOperations().forEach(UpdateRequests::refuseLoad);
        if (!update.usingGraphs().isEmpty() || !update.usingNamedGraphs().isEmpty()) {
            request.getOperations().forEach(operation -> using(operation, update));
        }
        return request;
    }

    /** LOAD would make this server fetch any URL it names (file: URLs too) and publish what it got. */
    private static void refuseLoad(Update operation) {
        if (operation instanceof UpdateLoad) {
            throw new BadRequestException("LOAD is not available here: it would make this server fetch a URL."
                    + " Send the data itself with the Graph Store Protocol (PUT or POST /sparql/graph?graph=…).");
        }
    }

    private static void using(Update operation, SparqlUpdate update) {
        if (!(operation instanceof UpdateWithUsing modify)) {
            return;
        }
        if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty() || modify.getWithIRI() != null) {
            throw new BadRequestException("The update has USING, USING NAMED or WITH, and the request has"
                    + " using-graph-uri or using-named-graph-uri: the protocol allows one or the other.");
        }
        add(update.usingGraphs(), modify::addUsing);
        add(update.usingNamedGraphs(), modify::addUsingNamed);
    }

    private static void add(List<String> iris, Consumer<Node> to) {
        iris.forEach(iri -> to.accept(NodeFactory.createURI(iri)));
    }
}

package org.citynet.web.catalog;

import java.time.Duration;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.SparqlFiles;

/**
 * Reads the temporal coverage, the source documents and the attribution statements the catalogue
 * credits. Stateless; every call asks the store afresh.
 */
final class ProvenanceReader {

    private final QueryRunner runner;
    private final Duration timeout;

    ProvenanceReader(QueryRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    Provenance read() {
        Year[] years = runner.select(SparqlFiles.load("catalog", "temporal-coverage"), Map.of(), timeout,
                row -> new Year[] {year(row, "first"), year(row, "last")}).get(0);
        Model descriptions = construct("source-documents");
        Set<String> sources = new LinkedHashSet<>();
        descriptions.listSubjectsWithProperty(RDF.type, CN.SourceDocument).forEach(s -> sources.add(s.getURI()));
        Set<String> attributions = new LinkedHashSet<>();
        runner.execute(SparqlFiles.load("catalog", "attributions"), Map.of(), timeout,
                execution -> execution.execSelect().forEachRemaining(row -> {
                    attributions.add(row.getLiteral("statement").getLexicalForm());
                    RDFNode source = row.get("source");
                    if (source != null && source.isURIResource()) {
                        sources.add(source.asResource().getURI());
                    }
                }));
        descriptions.add(construct("attributed-sources"));
        return new Provenance(years[0], years[1], List.copyOf(sources), descriptions, List.copyOf(attributions));
    }

    private Model construct(String query) {
        Model model = ModelFactory.createDefaultModel();
        runner.execute(SparqlFiles.load("catalog", query), Map.of(), timeout, execution -> execution.execConstruct(model));
        return model;
    }

    private static Year year(QuerySolution row, String name) {
        RDFNode value = row.get(name);
        return value == null ? null : Year.of(value.asLiteral().getInt());
    }
}

package org.citynet.web.api.compare;

import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.citynet.kernel.store.QueryBinding;
import org.citynet.kernel.store.SparqlFiles;

/**
 * The comparison's SPARQL, parsed once from {@code sparql/compare/*.rq} on the class path, and the one way
 * several IRIs go into a query: a VALUES block in front of the query's pattern
 * ({@link QueryBinding#withValues}), so that no IRI is ever pasted into query text. Immutable; the parsed
 * queries are never modified, each use works on a copy.
 *
 * @param partyAgreements the agreements the cities are parties to; {@code agreements} then reads their fields
 * @param allCities every city, for the index
 * @param cityCount how many cities there are, to check that {@code allCities} gave them all
 */
record CompareQueries(Query cities, Query memberships, Query partyAgreements, Query agreements, Query agreementClasses,
                      Query labels,
                      Query sources, Query sourceGraphs, Query allCities, Query cityCount) {

    static CompareQueries load() {
        return new CompareQueries(parse("cities"), parse("memberships"), parse("party-agreements"), parse("agreements"),
                SparqlFiles.load("api", "agreement-classes"), parse("labels"), parse("sources"), parse("source-graphs"),
                parse("all-cities"), parse("city-count"));
    }

    /**
     * A copy of {@code query} whose pattern starts with {@code VALUES ?variable { <iri> ... }}. Placing the
     * block first lets the engine start from the few given IRIs instead of joining them in at the end.
     */
    static Query withValues(Query query, String variable, Collection<String> iris) {
        Var var = Var.alloc(variable);
        return QueryBinding.withValues(query, List.of(var),
                iris.stream().map(iri -> BindingFactory.binding(var, NodeFactory.createURI(iri))).toList());
    }

    private static Query parse(String name) {
        return SparqlFiles.load("compare", name);
    }
}

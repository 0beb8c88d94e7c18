package org.citynet.web.sparql;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.citynet.web.system.RdfMessageConverter;
import org.citynet.web.system.SparqlResultsMessageConverter;

/**
 * The complete answer to a query, held in memory after the read transaction has ended so that nothing is
 * sent before the query is known to have succeeded within its time and row limits. Written in the chosen
 * RIOT language by the same code as the service's message converters, into bytes the answer cache keeps.
 * Immutable once built.
 */
sealed interface QueryAnswer {

    /** Writes the answer in {@code lang}, which must be one of the formats of the query's form. */
    void write(Lang lang, OutputStream out);

    /** The rows of a SELECT, with its variables in projection order. */
    record Rows(List<Var> variables, List<Binding> rows) implements QueryAnswer {

        public Rows {
            variables = List.copyOf(variables);
            rows = List.copyOf(rows);
        }

        @Override
        public void write(Lang lang, OutputStream out) {
            SparqlResultsMessageConverter.write(new SPARQLResult(ResultSet.adapt(RowSetStream.create(variables,
                    rows.iterator()))), lang, out);
        }
    }

    /** The answer of an ASK. */
    record Bool(boolean value) implements QueryAnswer {

        @Override
        public void write(Lang lang, OutputStream out) {
            SparqlResultsMessageConverter.write(new SPARQLResult(value), lang, out);
        }
    }

    /** The graph a CONSTRUCT or DESCRIBE built, carrying the query's prefixes for the writers to use. */
    record Triples(Graph graph) implements QueryAnswer {

        @Override
        public void write(Lang lang, OutputStream out) {
            RdfMessageConverter.write(graph, lang, out);
        }
    }
}

package org.citynet.web.sparql;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The complete answer to a query, held in memory after the read transaction has ended so that nothing is
 * sent before the query is known to have succeeded within its time and row limits. Written by Jena RIOT
 * in the chosen format. Immutable once built.
 */
sealed interface QueryAnswer {

    /** Results (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE). */
    ResultFormat.Family family();

    /** Writes the answer with Jena's writer for the format, which must be of this answer's family. */
    void write(ResultFormat format, OutputStream out);

    /** The rows of a SELECT, with its variables in projection order. */
    record Rows(List<Var> variables, List<Binding> rows) implements QueryAnswer {

        public Rows {
            variables = List.copyOf(variables);
            rows = List.copyOf(rows);
        }

        @Override
        public ResultFormat.Family family() {
            return ResultFormat.Family.RESULTS;
        }

        @Override
        public void write(ResultFormat format, OutputStream out) {
            ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(variables, rows.iterator())), format.lang());
        }
    }

    /** The answer of an ASK. */
    record Bool(boolean value) implements QueryAnswer {

        @Override
        public ResultFormat.Family family() {
            return ResultFormat.Family.RESULTS;
        }

        @Override
        public void write(ResultFormat format, OutputStream out) {
            ResultSetMgr.write(out, value, format.lang());
        }
    }

    /** The graph a CONSTRUCT or DESCRIBE built, carrying the query's prefixes for the writers to use. */
    record Triples(Graph graph) implements QueryAnswer {

        @Override
        public ResultFormat.Family family() {
            return ResultFormat.Family.GRAPH;
        }

        @Override
        public void write(ResultFormat format, OutputStream out) {
            RDFDataMgr.write(out, graph, format.lang());
        }
    }
}

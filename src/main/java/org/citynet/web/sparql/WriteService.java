package org.citynet.web.sparql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.citynet.kernel.load.KnowledgeGraphFiles;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.ValidatedWriter;
import org.citynet.web.system.CitynetProperties;
import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.security.WriteAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Writes from clients: SPARQL 1.1 Update and the Graph Store Protocol's PUT, POST and DELETE, each as one
 * {@link ValidatedWriter} transaction (all or nothing, shapes checked, protected graphs untouched).
 * Authentication happens before (Spring Security); this service refuses all the same when writes are off
 * or no writer is named, so that a mistake in the filter chain cannot open the store. The shapes are read
 * once, when the bean is made, and only if writes are on. Thread-safe.
 */
@Service
public class WriteService {

    private static final Logger log = LoggerFactory.getLogger(WriteService.class);

    private final KnowledgeStore store;
    private final WriteAccess access;
    private final ValidatedWriter writer;
    private final String base;
    private final Duration timeout;

    WriteService(KnowledgeStore store, WriteAccess access, CitynetProperties properties) {
        this.store = store;
        this.access = access;
        this.writer = access.enabled() ? store.writer(KnowledgeGraphFiles.fromRoot(properties.rootPath())) : null;
        this.base = properties.base();
        this.timeout = properties.sparql().timeout();
    }

    /** Runs a SPARQL Update; its WHERE clauses have the endpoint's query timeout. */
    public void update(SparqlUpdate update, String writerName) {
        ValidatedWriter validated = writer(writerName);
        UpdateRequest request = UpdateRequests.parse(update, base);
        if (request.getOperations().isEmpty()) {
            // Legal SPARQL (a prologue alone); nothing to write, so no transaction and no new generation.
            return;
        }
        long start = System.nanoTime();
        validated.write(dataset -> {
            UpdateExec.dataset(dataset).update(request).set(ARQ.httpServiceAllowed, false)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute();
            return null;
        });
        logged("SPARQL Update", writerName, start);
    }

    /** Graph Store PUT: the graph becomes {@code content}. @return true if the graph did not exist before */
    public boolean replaceGraph(Node graph, Graph content, String writerName) {
        ValidatedWriter validated = writer(writerName);
        validated.requireWritable(graph);
        long start = System.nanoTime();
        boolean created = validated.write(dataset -> {
            boolean existed = dataset.containsGraph(graph);
            dataset.removeGraph(graph);
            dataset.addGraph(graph, content);
            return !existed;
        });
        logged("Graph Store PUT <" + graph.getURI() + ">", writerName, start);
        return created;
    }

    /** Graph Store POST: {@code content} is added to the graph. @return true if the graph did not exist before */
    public boolean addToGraph(Node graph, Graph content, String writerName) {
        ValidatedWriter validated = writer(writerName);
        validated.requireWritable(graph);
        long start = System.nanoTime();
        boolean created = validated.write(dataset -> {
            boolean existed = dataset.containsGraph(graph);
            content.find().forEach(triple -> dataset.add(graph, triple.getSubject(), triple.getPredicate(),
                    triple.getObject()));
            return !existed;
        });
        logged("Graph Store POST <" + graph.getURI() + ">", writerName, start);
        return created;
    }

    /** Graph Store DELETE. @throws NotFoundException if there is no such graph (nothing is committed) */
    public void deleteGraph(Node graph, String writerName) {
        ValidatedWriter validated = writer(writerName);
        validated.requireWritable(graph);
        long start = System.nanoTime();
        validated.write(dataset -> {
            if (!dataset.containsGraph(graph)) {
                throw new NotFoundException("There is no graph <" + graph.getURI() + "> in the store.");
            }
            dataset.removeGraph(graph);
            return null;
        });
        logged("Graph Store DELETE <" + graph.getURI() + ">", writerName, start);
    }

    private ValidatedWriter writer(String writerName) {
        access.require();
        if (writerName == null) {
            throw new AuthenticationCredentialsNotFoundException("A write needs an authenticated writer.");
        }
        if (writer == null) {
            throw new IllegalStateException("Writes are enabled but the store has no local dataset");
        }
        return writer;
    }

    private void logged(String what, String writerName, long start) {
        log.info("{} by {} committed in {} ms (generation {})", what, writerName,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), store.generation());
    }
}

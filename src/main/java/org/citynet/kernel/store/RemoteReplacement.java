package org.citynet.kernel.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.update.UpdateRequest;
import org.citynet.kernel.rdf.CN;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * Replaces graphs of a remote store graph by graph, with the load graph (the manifest) written last: the way
 * loads ({@link RemoteLoadTarget}) and restores ({@link RemoteKnowledgeStore#replaceAll}) write, since no
 * store takes a whole load in one request. Three steps:
 * <ol>
 *   <li><b>begin</b> — one update: the manifest loses its content hash and lists every graph about to be
 *       written or dropped (so that whoever loads next drops what it does not have), the graphs are emptied
 *       (unless each is replaced by a {@code PUT}), and the version stamp becomes a new one marking this
 *       replacement ({@link StoreVersion});</li>
 *   <li><b>graphs</b> — a Graph Store {@code PUT} per graph where the store has a Graph Store endpoint
 *       ({@link RemoteProtocol.LoadMethod}) and no blank node is shared between graphs, else {@code INSERT}
 *       updates of at most {@link RemoteProtocol#updateChunk()} quads (triples sharing a blank node stay
 *       together); then each graph's size is compared with the store's own count;</li>
 *   <li><b>commit</b> — one update: the graphs to drop are emptied, the load graph written, and the stamp
 *       changed once more.</li>
 * </ol>
 * Every update is conditional on the stamp being the one read or set before it, so a replacement that lost a
 * race with another writer changes nothing more and stops when it reads the stamp back
 * ({@link WriteConflictException}). Until the commit the store has no complete manifest: the service's next
 * start finds no content hash and loads again. Stateless apart from its client.
 */
final class RemoteReplacement {

    private final RemoteClient client;
    private final Duration timeout;

    RemoteReplacement(RemoteClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /**
     * @param graphs    the graphs to write (not the load graph), each replacing its namesake
     * @param loadGraph what the load graph holds afterwards
     * @param drop      graphs to empty unless written: those of the previous load or state
     * @param written   graphs to record as written by the service rather than loaded
     * @param at        the time the stamp records
     * @return the new stamp
     */
    String replace(Map<Node, Graph> graphs, Graph loadGraph, Set<Node> drop, Set<Node> written, Instant at) {
        String before = client.stamp(timeout).stamp();
        boolean put = byGraphStore(graphs);
        String replacing = StoreVersion.newStamp();
        client.update(begin(graphs, drop, before, replacing, !put));
        requireStamp(replacing, "began");
        if (put) {
            graphs.forEach((name, graph) -> client.put(name, graph, timeout));
        } else {
            for (QuadAcc chunk : UpdateChunks.of(graphs, client.protocol().updateChunk())) {
                UpdateRequest insert = new UpdateRequest();
                insert.add(client.version().conditional(replacing, new QuadAcc(), chunk));
                client.update(insert);
            }
        }
        // Someone else's load may have taken over (its begin is conditional on this one's stamp): then these
        // writes were skipped, and that is what to report, not the sizes.
        requireStamp(replacing, "wrote its graphs");
        requireSizes(graphs, replacing);
        String done = StoreVersion.newStamp();
        client.update(commit(graphs, loadGraph, drop, written, replacing, done, at));
        requireStamp(done, "committed");
        return done;
    }

    /** By Graph Store {@code PUT}s, unless blank nodes are shared between graphs (a PUT is one graph's). */
    private boolean byGraphStore(Map<Node, Graph> graphs) {
        RemoteProtocol.LoadMethod method = client.protocol().loadMethod();
        boolean wanted = method == RemoteProtocol.LoadMethod.GRAPH_STORE
                || method == RemoteProtocol.LoadMethod.AUTO && client.endpoints().graphStoreConfigured();
        return wanted && !UpdateChunks.sharesBlankNodes(graphs);
    }

    private UpdateRequest begin(Map<Node, Graph> graphs, Set<Node> drop, String before, String replacing,
                                       boolean emptyGraphs) {
        UpdateRequest request = new UpdateRequest();
        request.add(client.version().clearGraph(before, LoadVocabulary.LOAD_GRAPH));
        Set<Node> listed = new LinkedHashSet<>(drop);
        listed.addAll(graphs.keySet());
        QuadAcc manifest = new QuadAcc();
        listed.forEach(graph -> manifest.addQuad(Quad.create(LoadVocabulary.LOAD_GRAPH, LoadVocabulary.MANIFEST,
                CN.loadedGraph.asNode(), graph)));
        request.add(client.version().conditional(before, new QuadAcc(), manifest));
        if (emptyGraphs) {
            graphs.keySet().forEach(graph -> request.add(client.version().clearGraph(before, graph)));
        }
        request.add(client.version().change(before, replacing, Instant.now(), List.of()));
        return request;
    }

    private UpdateRequest commit(Map<Node, Graph> graphs, Graph loadGraph, Set<Node> drop, Set<Node> written,
                                        String replacing, String done, Instant at) {
        UpdateRequest request = new UpdateRequest();
        drop.stream().filter(graph -> !graphs.containsKey(graph))
                .forEach(graph -> request.add(client.version().clearGraph(replacing, graph)));
        request.add(client.version().clearGraph(replacing, LoadVocabulary.LOAD_GRAPH));
        QuadAcc manifest = new QuadAcc();
        loadGraph.find().forEachRemaining(triple -> manifest.addQuad(Quad.create(LoadVocabulary.LOAD_GRAPH, triple)));
        if (!manifest.getQuads().isEmpty()) {
            request.add(client.version().conditional(replacing, new QuadAcc(), manifest));
        }
        request.add(client.version().change(replacing, done, at, written));
        return request;
    }

    /** Each graph holds as many triples as were written to it, by the store's own count. */
    private void requireSizes(Map<Node, Graph> graphs, String replacing) {
        Map<Node, Long> counted = graphs.isEmpty() ? new HashMap<>()
                : new RemoteReads(client, timeout).counts(List.copyOf(graphs.keySet()));
        List<String> wrong = new ArrayList<>();
        graphs.forEach((name, graph) -> {
            long got = counted.getOrDefault(name, 0L);
            if (got != graph.size()) {
                wrong.add("<" + name.getURI() + ">: " + got + " of " + graph.size());
            }
        });
        if (!wrong.isEmpty()) {
            throw new PartialAnswerException(PartialAnswerException.Reason.INCOMPLETE, "The data written to "
                    + client.description() + " (stamp " + replacing + ") did not arrive whole, triples per graph: "
                    + String.join(", ", wrong) + ". The store keeps no complete manifest; load again.");
        }
    }

    private void requireStamp(String expected, String step) {
        String found = client.stamp(timeout).stamp();
        if (!Objects.equals(expected, found)) {
            throw new WriteConflictException("Another process wrote to " + client.description() + " after this"
                    + " load or restore " + step + " (its version stamp is " + found + ", not " + expected
                    + "); it stopped. The store holds no complete manifest unless the other process wrote one.");
        }
    }
}

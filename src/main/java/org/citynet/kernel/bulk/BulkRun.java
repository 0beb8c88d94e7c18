package org.citynet.kernel.bulk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorOutput;
import org.apache.jena.system.progress.ProgressStreamRDF;
import org.apache.jena.tdb2.loader.DataLoader;
import org.citynet.kernel.load.Manifest;
import org.citynet.kernel.rdf.LoadVocabulary;

/**
 * One bulk load into one open TDB2 dataset with one of Jena's loaders: the files through the structural
 * check ({@link BulkSink}), then the ontology into the ontology graph and the manifest into the load graph,
 * all within the loader's one bulk operation. With the {@link BulkMethod#BASIC basic} loader everything
 * runs in one write transaction, so the previous ontology and manifest are replaced and the previous
 * manifest's graphs stay listed; the others are used on new, empty stores only.
 *
 * <p>Progress goes to the {@link MonitorOutput} every {@value #PROGRESS_EVERY} statements (with the
 * elapsed time every ten of those), together with the loader's own messages about its phases.
 */
final class BulkRun {

    static final int PROGRESS_EVERY = 1_000_000;

    private final DatasetGraph dataset;
    private final BulkMethod method;
    private final MonitorOutput output;
    private final Clock clock;

    BulkRun(DatasetGraph dataset, BulkMethod method, MonitorOutput output, Clock clock) {
        this.dataset = dataset;
        this.method = method;
        this.output = output;
        this.clock = clock;
    }

    /** What was written. */
    record Result(long statements, int graphs, String contentHash) {
    }

    /**
     * @param ontology     the parsed ontology files, written as the ontology graph
     * @param ontologyHash content hash of the ontology files
     * @throws LoadException for the first syntax or structure problem; the load is then abandoned
     */
    Result run(List<BulkInput> inputs, Graph ontology, String ontologyHash) {
        DataLoader loader = method.create(dataset, output);
        loader.startBulk();
        try {
            // Inside the basic loader's write transaction; the other loaders only ever see an empty store.
            Set<Node> graphs = new HashSet<>(method.transactional() ? takeOverReservedGraphs() : Set.of());
            BulkSink sink = new BulkSink(loader.stream());
            Map<String, String> digests = parseAll(inputs, sink);
            graphs.addAll(sink.graphs());
            graphs.add(LoadVocabulary.ONTOLOGY_GRAPH);
            StreamRDF direct = loader.stream();
            ontology.find().forEachRemaining(triple -> direct.quad(Quad.create(LoadVocabulary.ONTOLOGY_GRAPH, triple)));
            long statements = sink.statements() + ontology.size();
            String hash = contentHash(ontologyHash, digests);
            List<Node> sortedGraphs = graphs.stream().sorted(Comparator.comparing(Node::getURI)).toList();
            Graph manifest = Manifest.describe(hash, clock.instant(), statements, sortedGraphs,
                    new ArrayList<>(digests.keySet()), ontology);
            manifest.find().forEachRemaining(triple -> direct.quad(Quad.create(LoadVocabulary.LOAD_GRAPH, triple)));
            loader.finishBulk();
            return new Result(statements, graphs.size(), hash);
        } catch (RuntimeException e) {
            abandon(loader, e);
            throw e;
        }
    }

    /** Drops the previous ontology and manifest graphs and returns the graphs the previous manifest listed. */
    private Set<Node> takeOverReservedGraphs() {
        Set<Node> previous = Manifest.loadedGraphs(dataset.getGraph(LoadVocabulary.LOAD_GRAPH));
        dataset.removeGraph(LoadVocabulary.ONTOLOGY_GRAPH);
        dataset.removeGraph(LoadVocabulary.LOAD_GRAPH);
        return previous;
    }

    private Map<String, String> parseAll(List<BulkInput> inputs, BulkSink sink) {
        ProgressMonitor monitor = ProgressMonitorOutput.create(output, "quads", PROGRESS_EVERY, 10);
        StreamRDF stream = new ProgressStreamRDF(sink, monitor);
        Map<String, String> digests = new TreeMap<>();
        monitor.start();
        stream.start();
        for (BulkInput input : inputs) {
            output.print("Loading %s", input.name());
            sink.startFile(input.name());
            digests.put(input.fileName(), input.parseInto(stream));
        }
        stream.finish();
        monitor.finish();
        monitor.finishMessage("Parsed " + inputs.size() + " file(s)");
        return digests;
    }

    /**
     * The basic loader aborts its transaction. The others have no transaction to abort; their pipeline
     * threads are drained (which writes what was parsed so far) so that none is left waiting, and the caller
     * discards the staging store.
     */
    private void abandon(DataLoader loader, RuntimeException failure) {
        try {
            if (method.transactional()) {
                loader.finishException(failure);
            } else {
                loader.finishBulk();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** SHA-256 over the ontology's content hash and each file's name (without folder) and SHA-256, in name order. */
    private static String contentHash(String ontologyHash, Map<String, String> digests) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        digest.update(("ontology:" + ontologyHash).getBytes(StandardCharsets.UTF_8));
        digests.forEach((name, fileDigest) -> {
            digest.update((byte) 0);
            digest.update(("bulk:" + name + "=" + fileDigest).getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

}

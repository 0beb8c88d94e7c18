package org.citynet.durability;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;

/**
 * Child JVM of {@link CrashDuringCommitsIT}: an endless stream of small write transactions on a TDB2
 * directory opened by {@link StoreFactory}, numbered from FIRST. Transaction N adds three triples about
 * {@code txn/N} (parts a, b, c), pausing between them so that a kill often lands inside a transaction, prints
 * {@code committing N} just before it commits (so the test can aim a kill into the commit) and
 * {@code committed N in M us} only after the commit has returned, M being how long the commit took.
 *
 * <pre>java ... org.citynet.durability.CommitUntilKilled TDB2_DIRECTORY FIRST</pre>
 */
public final class CommitUntilKilled {

    static final String NS = "https://example.org/commits/";
    static final Node GRAPH = NodeFactory.createURI(NS + "graph");
    static final Node[] PARTS = {NodeFactory.createURI(NS + "a"), NodeFactory.createURI(NS + "b"),
            NodeFactory.createURI(NS + "c")};

    private CommitUntilKilled() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChildMain.quietLogging();
        try (KnowledgeStore store = StoreFactory.open(args[0], java.nio.file.Path.of(""),
                StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = TestStores.dataset(store);
            ChildMain.say("opened");
            for (long n = Long.parseLong(args[1]); ; n++) {
                dataset.begin(TxnType.WRITE);
                long micros;
                try {
                    addParts(dataset, n);
                    ChildMain.say("committing " + n);
                    long start = System.nanoTime();
                    dataset.commit();
                    micros = (System.nanoTime() - start) / 1_000;
                } finally {
                    dataset.end();
                }
                ChildMain.say("committed " + n + " in " + micros + " us");
            }
        }
    }

    static Node subject(long number) {
        return NodeFactory.createURI(NS + "txn/" + number);
    }

    private static void addParts(DatasetGraph dataset, long number) {
        for (Node part : PARTS) {
            dataset.add(GRAPH, subject(number), part,
                    NodeFactory.createLiteralDT(Long.toString(number), XSDDatatype.XSDinteger));
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

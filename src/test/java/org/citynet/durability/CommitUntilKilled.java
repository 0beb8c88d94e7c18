package org.citynet.durability;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;

/**
 * Child JVM of {@link CrashDuringCommitsIT}: an endless stream of small write transactions on a TDB2
 * directory opened by {@link StoreFactory}, numbered from FIRST. Transaction N adds three triples about
 * {@code txn/N} (parts a, b, c), pausing between them so that a kill often lands inside a transaction, and
 * prints {@code committed N} only after the commit has returned.
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
                long number = n;
                Txn.executeWrite(dataset, () -> addParts(dataset, number));
                ChildMain.say("committed " + number);
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

package org.citynet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while another thread keeps committing write transactions is a snapshot: every
 * transaction is wholly in it or wholly out of it, and the ones in it are exactly the first k committed.
 */
class BackupSnapshotTest {

    private static final String NS = "https://example.org/snapshot/";
    private static final Node GRAPH = NodeFactory.createURI(NS + "graph");
    private static final Node[] PARTS = {NodeFactory.createURI(NS + "a"), NodeFactory.createURI(NS + "b"),
            NodeFactory.createURI(NS + "c")};
    private static final int PREFILL = 150_000;

    @TempDir
    Path temp;

    @Test
    void aBackupDuringWritesHoldsWholeTransactionsOnlyAndAPrefixOfThem() throws Exception {
        try (KnowledgeStore store = StoreFactory.open("mem", temp, StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = store.localDataset().orElseThrow();
            prefill(dataset);
            AtomicLong committed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (long n = 1; !stop.get(); n++) {
                    long number = n;
                    Txn.executeWrite(dataset, () -> addTransaction(dataset, number));
                    committed.set(number);
                }
            }, "snapshot-writer");
            writer.start();
            try {
                awaitAtLeast(committed, 20);
                long before = committed.get();
                BackupSummary summary = StoreBackup.backup(store, temp.resolve("during-writes.nq.gz"));
                long after = committed.get();

                Map<Long, Integer> partsPerTransaction = transactionsIn(summary.file());
                assertThat(after).as("the writer committed while the backup ran").isGreaterThan(before);
                assertThat(partsPerTransaction.values()).as("every transaction all or nothing").containsOnly(3);
                long k = partsPerTransaction.size();
                assertThat(k).isBetween(before, after);
                assertThat(partsPerTransaction.keySet()).as("the first k transactions, no gaps")
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, k).boxed().toList());
                assertThat(summary.quads()).isEqualTo(PREFILL + 3 * k);
            } finally {
                stop.set(true);
                writer.join();
            }
        }
    }

    private static void prefill(DatasetGraph dataset) {
        Node filler = NodeFactory.createURI(NS + "filler");
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < PREFILL; i++) {
                dataset.add(GRAPH, NodeFactory.createURI(NS + "item/" + i), filler, integer(i));
            }
        });
    }

    private static void addTransaction(DatasetGraph dataset, long number) {
        Node subject = NodeFactory.createURI(NS + "txn/" + number);
        for (Node part : PARTS) {
            dataset.add(GRAPH, subject, part, integer(number));
        }
    }

    /** For each transaction number in the backup, how many of its three triples are there. */
    private static Map<Long, Integer> transactionsIn(Path backup) throws IOException {
        Map<Long, Integer> parts = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(java.nio.file.Files.newInputStream(backup))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    if (quad.getSubject().getURI().startsWith(NS + "txn/")) {
                        parts.merge(Long.parseLong(quad.getObject().getLiteralLexicalForm()), 1, Integer::sum);
                    }
                }
            });
        }
        return parts;
    }

    private static void awaitAtLeast(AtomicLong counter, long value) throws InterruptedException {
        while (counter.get() < value) {
            Thread.sleep(5);
        }
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}

package org.citynet.kernel.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.support.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is a snapshot of the last commit: taken while another thread holds a write transaction open,
 * half-way through it, the backup completes without waiting for it, holds every transaction committed
 * before, whole, and nothing of the open one.
 */
class BackupSnapshotTest {

    private static final String NS = "https://example.org/snapshot/";
    private static final Node GRAPH = NodeFactory.createURI(NS + "graph");
    private static final Node[] PARTS = {NodeFactory.createURI(NS + "a"), NodeFactory.createURI(NS + "b"),
            NodeFactory.createURI(NS + "c")};
    private static final int COMMITTED = 10;

    @TempDir
    Path temp;

    @Test
    void aBackupDuringAnOpenWriteTransactionHoldsTheCommittedTransactionsOnly() throws Exception {
        try (KnowledgeStore store = StoreFactory.open("tdb2", temp, StoreFactory.RemoteOptions.NONE)) {
            DatasetGraph dataset = TestStores.dataset(store);
            for (long n = 1; n <= COMMITTED; n++) {
                long number = n;
                Txn.executeWrite(dataset, () -> addParts(dataset, number, PARTS.length));
            }
            CountDownLatch halfWay = new CountDownLatch(1);
            CountDownLatch backedUp = new CountDownLatch(1);
            Thread writer = new Thread(() -> Txn.executeWrite(dataset, () -> {
                addParts(dataset, COMMITTED + 1, 2);
                halfWay.countDown();
                await(backedUp);
                addParts(dataset, COMMITTED + 1, PARTS.length);
            }), "half-way-writer");
            writer.start();
            try {
                assertThat(halfWay.await(30, TimeUnit.SECONDS)).isTrue();
                BackupSummary summary = StoreBackup.backup(store, temp.resolve("during-a-write.nq.gz"));

                Map<Long, Integer> partsPerTransaction = transactionsIn(summary.file());
                assertThat(partsPerTransaction.keySet()).as("the committed transactions, not the open one")
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, COMMITTED).boxed().toList());
                assertThat(partsPerTransaction.values()).as("each transaction whole").containsOnly(3);
                assertThat(summary.quads()).isEqualTo(3L * COMMITTED);
            } finally {
                backedUp.countDown();
                writer.join();
            }
            assertThat(Txn.calculateRead(dataset, () -> dataset.stream(GRAPH, Node.ANY, Node.ANY, Node.ANY).count()))
                    .as("the writer committed afterwards").isEqualTo(3L * (COMMITTED + 1));
        }
    }

    private static void addParts(DatasetGraph dataset, long number, int parts) {
        Node subject = NodeFactory.createURI(NS + "txn/" + number);
        for (int i = 0; i < parts; i++) {
            dataset.add(GRAPH, subject, PARTS[i], integer(number));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The backup did not finish while the write was open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}

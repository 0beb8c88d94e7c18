package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stampMaxAge}: a replica may answer from a version stamp it read a little while ago instead of reading
 * it for every request — another process's write is seen once that time has passed, its own writes at once.
 * A real Fuseki in this JVM is the shared store; "another process's write" changes the stamp in it directly.
 */
class RemoteStampReuseTest {

    private static final Node VERSION_GRAPH = NodeFactory.createURI("https://w3id.org/citynet/graph/version");
    private static final Node CURRENT = NodeFactory.createURI("https://w3id.org/citynet/graph/version#current");

    private FixtureFuseki fuseki;
    private DatasetGraph served;

    @TempDir
    Path temp;

    @BeforeEach
    void startFuseki() {
        fuseki = FixtureFuseki.started();
        served = fuseki.served();
    }

    @AfterEach
    void stopFuseki() {
        fuseki.close();
    }

    @Test
    void aStampIsReusedForItsMaxAgeButAnOwnWriteIsSeenAtOnce() {
        try (KnowledgeStore reusing = open(Duration.ofHours(1)); KnowledgeStore fresh = open(Duration.ZERO)) {
            ChangeStamp first = reusing.changeStamp();
            assertThat(fresh.changeStamp()).isEqualTo(first);

            anotherProcessWrites("written elsewhere");
            assertThat(fresh.changeStamp().value()).isEqualTo("written elsewhere");
            assertThat(reusing.changeStamp()).as("within the hour, the stamp read before").isEqualTo(first);
            long generation = reusing.generation();

            reusing.replaceAll(sink -> copyOf(served).find().forEachRemaining(sink::quad), true);
            assertThat(reusing.changeStamp()).as("its own write is seen on the next read")
                    .isNotEqualTo(first).isEqualTo(fresh.changeStamp());
            assertThat(reusing.generation()).isGreaterThan(generation);
        }
    }

    @Test
    void aWriteElsewhereIsSeenOnceTheMaxAgeHasPassed() throws InterruptedException {
        try (KnowledgeStore reusing = open(Duration.ofMillis(300))) {
            ChangeStamp first = reusing.changeStamp();
            anotherProcessWrites("later");
            long start = System.nanoTime();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)
                    && !reusing.changeStamp().value().equals("later")) {
                seen.add(reusing.changeStamp().value());
                Thread.sleep(20);
            }
            assertThat(reusing.changeStamp().value()).isEqualTo("later");
            assertThat(seen).as("read again no later than 300 ms after the stamp before it").isNotEmpty()
                    .allMatch(first.value()::equals);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(300 + 1_500));
        }
    }

    private void anotherProcessWrites(String stamp) {
        Txn.executeWrite(served, () -> {
            served.deleteAny(VERSION_GRAPH, CURRENT, OWL.versionInfo.asNode(), Node.ANY);
            served.add(VERSION_GRAPH, CURRENT, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(stamp));
        });
    }

    private static DatasetGraph copyOf(DatasetGraph dataset) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(quad -> {
            if (!quad.isDefaultGraph() && !Quad.isDefaultGraph(quad.getGraph())) {
                copy.add(quad);
            }
        }));
        return copy;
    }

    private KnowledgeStore open(Duration stampMaxAge) {
        return fuseki.open(temp, RemoteProtocol.defaults(StoreKind.GENERIC).withCaps(0, 0, 0)
                .withTimeout("timeout", TimeUnit.SECONDS).withStampMaxAge(stampMaxAge));
    }
}

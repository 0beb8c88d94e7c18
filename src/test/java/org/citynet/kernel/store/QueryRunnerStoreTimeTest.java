package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store time each query is reported to have used: once per outermost query, on its own thread, whether
 * it answered or failed, and without the wait for a slot.
 */
class QueryRunnerStoreTimeTest {

    private static final Query ASK = QueryFactory.create("ASK {}");

    private final KnowledgeStore store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);
    private final List<Duration> reported = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachQueryIsReportedOnceWithTheTimeItHeldTheStore() {
        QueryRunner runner = new QueryRunner(store, 2, reported::add);
        runner.execute(ASK, Map.of(), Duration.ofSeconds(10), execution -> {
            execution.execAsk();
            runner.ask(ASK, Map.of(), Duration.ofSeconds(10));
            sleep(50);
        });
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).isBetween(Duration.ofMillis(50), Duration.ofSeconds(5));

        assertThatThrownBy(() -> runner.execute(ASK, Map.of(), Duration.ofSeconds(10), execution -> {
            sleep(30);
            throw new IllegalStateException("failed");
        })).hasMessage("failed");
        assertThat(reported).as("a failed query used the store too").hasSize(2);
        assertThat(reported.get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }

    @Test
    void theWaitForASlotIsNotStoreTime() throws Exception {
        QueryRunner runner = new QueryRunner(store, 1, reported::add);
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> runner.execute(ASK, Map.of(),
                Duration.ofSeconds(30), execution -> {
                    holding.countDown();
                    sleep(300);
                }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        runner.ask(ASK, Map.of(), Duration.ofSeconds(30));
        first.get(10, TimeUnit.SECONDS);
        assertThat(reported).hasSize(2);
        assertThat(reported).filteredOn(time -> time.compareTo(Duration.ofMillis(250)) < 0)
                .as("the second query waited for the slot but held it briefly").hasSize(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

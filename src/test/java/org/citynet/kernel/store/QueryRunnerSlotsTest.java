package org.citynet.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on concurrent queries of a local store (a real TDB2 store in memory): a query beyond it waits
 * for a slot within its own timeout and is refused if none comes free; a query run from inside another
 * query's body on the same thread needs no second slot.
 */
class QueryRunnerSlotsTest {

    private static final Query ASK = QueryFactory.create("ASK {}");

    private final KnowledgeStore store = StoreFactory.open("mem", Path.of("."), StoreFactory.RemoteOptions.NONE);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aQueryBeyondTheSlotsWaitsForOneAndIsRefusedIfNoneComesFree() throws Exception {
        QueryRunner runner = new QueryRunner(store, 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> runner.execute(ASK, Map.of(),
                Duration.ofSeconds(30), execution -> {
                    holding.countDown();
                    await(release);
                }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> runner.ask(ASK, Map.of(), Duration.ofMillis(200)))
                .isInstanceOf(StoreBusyException.class).hasMessageContaining("All 1 query slots");

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> runner.ask(ASK, Map.of(),
                Duration.ofSeconds(30)));
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aQueryInsideAnothersBodyUsesItsSlot() {
        QueryRunner runner = new QueryRunner(store, 1);
        List<Boolean> inner = new ArrayList<>();
        runner.execute(ASK, Map.of(), Duration.ofSeconds(10), execution -> {
            execution.execAsk();
            inner.add(runner.ask(ASK, Map.of(), Duration.ofMillis(200)));
        });
        assertThat(inner).containsExactly(true);
        // and the slot is free again afterwards
        assertThat(runner.ask(ASK, Map.of(), Duration.ofMillis(200))).isTrue();
    }

    @Test
    void aShareHoldsAtMostItsSlotsAndLeavesTheRestToTheWholeRunner() throws Exception {
        QueryRunner runner = new QueryRunner(store, 2);
        QueryRunner clients = runner.share(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> clients.execute(ASK, Map.of(),
                Duration.ofSeconds(30), execution -> {
                    holding.countDown();
                    await(release);
                }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> clients.ask(ASK, Map.of(), Duration.ofMillis(200)))
                .as("a second query of the share waits for the share's one slot")
                .isInstanceOf(StoreBusyException.class).hasMessageContaining("All 1 query slots");
        assertThat(runner.ask(ASK, Map.of(), Duration.ofMillis(200)))
                .as("the whole runner's other slot is still free").isTrue();

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(clients.ask(ASK, Map.of(), Duration.ofMillis(200))).isTrue();
    }

    @Test
    void aShareTakesASlotOfTheWholeRunnerToo() throws Exception {
        QueryRunner runner = new QueryRunner(store, 1);
        QueryRunner clients = runner.share(5);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> runner.execute(ASK, Map.of(),
                Duration.ofSeconds(30), execution -> {
                    holding.countDown();
                    await(release);
                }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> clients.ask(ASK, Map.of(), Duration.ofMillis(200)))
                .isInstanceOf(StoreBusyException.class);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

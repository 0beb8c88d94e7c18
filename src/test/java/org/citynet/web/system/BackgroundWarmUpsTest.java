package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What is warmed up (the catalogue's counts, the themes' usage, the lists' keys) is computed when the service
 * is ready, on a thread of its own — not by the first request, which would otherwise wait minutes at 100,000
 * cities and be charged the store time — and tried again after a failure, a bounded number of times.
 */
class BackgroundWarmUpsTest {

    /** Fails its first {@code failures} attempts, then succeeds; records the thread of each attempt. */
    private static final class Recording implements WarmUp {
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch done;
        final int failures;

        Recording(int attempts, int failures) {
            this.done = new CountDownLatch(attempts);
            this.failures = failures;
        }

        @Override
        public String name() {
            return "a test's counts";
        }

        @Override
        public void warm() {
            threads.add(Thread.currentThread().getName());
            done.countDown();
            if (threads.size() <= failures) {
                throw new IllegalStateException("a count passed its timeout");
            }
        }
    }

    @Test
    void everyWarmUpRunsInTheBackgroundOnceReadyAndIsTriedAgainAfterAFailureUpToALimit() throws Exception {
        Recording alwaysFails = new Recording(BackgroundWarmUps.ATTEMPTS, Integer.MAX_VALUE);
        Recording failsOnce = new Recording(2, 1);
        Recording succeeds = new Recording(1, 0);
        BackgroundWarmUps warmUps = new BackgroundWarmUps(List.of(alwaysFails, failsOnce, succeeds),
                Duration.ofMillis(50), () -> "version 1",
                new BackgroundWork(1));
        try {
            warmUps.warmInBackground();
            assertThat(alwaysFails.done.await(10, TimeUnit.SECONDS)).as("tried again after a failure").isTrue();
            assertThat(failsOnce.done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(succeeds.done.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            assertThat(alwaysFails.threads).as("%d attempts, none on the caller's thread", BackgroundWarmUps.ATTEMPTS)
                    .hasSize(BackgroundWarmUps.ATTEMPTS).containsOnly(BackgroundWarmUps.THREAD);
            assertThat(failsOnce.threads).as("not tried again once it succeeded").hasSize(2);
            assertThat(succeeds.threads).hasSize(1).containsOnly(BackgroundWarmUps.THREAD);
        } finally {
            warmUps.destroy();
        }
    }

    @Test
    void theFirstRequestToSeeANewDataVersionHasEverythingWarmedAgainInOneRoundAtATime() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        List<String> rounds = new CopyOnWriteArrayList<>();
        WarmUp counted = new WarmUp() {
            @Override
            public String name() {
                return "a test's counts";
            }

            @Override
            public void warm() {
                rounds.add(Thread.currentThread().getName());
                try {
                    // The first round takes a while: the versions seen meanwhile wait for one round.
                    slow.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        BackgroundWarmUps warmUps = new BackgroundWarmUps(List.of(counted), Duration.ofMillis(50), () -> "version 1",
                new BackgroundWork(1));
        try {
            warmUps.seen("version 0");
            Thread.sleep(200);
            assertThat(rounds).as("nothing before the service is ready").isEmpty();
            warmUps.warmInBackground();
            warmUps.seen("version 1");
            awaitAtLeast(rounds, 1);
            Thread.sleep(200);
            assertThat(rounds).as("once at start-up; the version it was warmed for, seen again, asks for nothing")
                    .hasSize(1);
            for (int request = 0; request < 5; request++) {
                warmUps.seen("version 2");
            }
            warmUps.seen("version 3");
            slow.countDown();
            awaitAtLeast(rounds, 2);
            Thread.sleep(200);
            assertThat(rounds).as("versions 2 and 3, seen while a round ran, warmed in one round after it")
                    .hasSize(2);
            warmUps.seen("version 4");
            awaitAtLeast(rounds, 3);
            Thread.sleep(200);
            assertThat(rounds).as("and a new version afterwards in one more").hasSize(3)
                    .containsOnly(BackgroundWarmUps.THREAD);
        } finally {
            slow.countDown();
            warmUps.destroy();
        }
    }

    @Test
    void aStoreThatCannotBeReadWhenReadyStillGetsItsWarmUpsAndStartsAnyway() throws Exception {
        Recording succeeds = new Recording(1, 0);
        BackgroundWarmUps warmUps = new BackgroundWarmUps(List.of(succeeds), Duration.ofMillis(50), () -> {
            throw new IllegalStateException("the store did not answer");
        }, new BackgroundWork(1));
        try {
            warmUps.warmInBackground();
            assertThat(succeeds.done.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            warmUps.destroy();
        }
    }

    @Test
    void warmUpsOfOneKindKeepTheirTurnSoWorkThatWaitedBehindThemDoesNotCutIn() throws Exception {
        BackgroundWork work = new BackgroundWork(1);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.ExecutorService others = java.util.concurrent.Executors.newCachedThreadPool();
        BackgroundWarmUps warmUps = new BackgroundWarmUps(List.of(named("keys", order), named("themes", order)),
                Duration.ofMillis(50), () -> "version 1", work);
        try {
            others.submit(() -> {
                work.run(BackgroundWork.Kind.INDEX, "index", () -> BackgroundWorkTest.await(release));
                return null;
            });
            BackgroundWorkTest.awaitState(work, "running [index], waiting []");
            others.submit(() -> {
                work.run(BackgroundWork.Kind.DUMPS, "dumps", () -> {
                    order.add("dumps");
                });
                return null;
            });
            BackgroundWorkTest.awaitState(work, "running [index], waiting [dumps]");
            warmUps.warmInBackground();
            BackgroundWorkTest.awaitState(work, "running [index], waiting [[keys, themes], dumps]");
            release.countDown();
            awaitAtLeast(order, 3);
            assertThat(order).containsExactly("keys", "themes", "dumps");
        } finally {
            warmUps.destroy();
            others.shutdownNow();
        }
    }

    private static WarmUp named(String name, List<String> order) {
        return new WarmUp() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void warm() {
                order.add(name);
            }
        };
    }

    private static void awaitAtLeast(List<String> rounds, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rounds.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}

package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.citynet.web.system.BackgroundWork.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The queue of whole-graph background work: how many run at once, and in which order the waiting ones go. */
class BackgroundWorkTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void noMoreJobsRunAtOnceThanItsParallelism() throws Exception {
        for (int parallelism : new int[] {1, 2}) {
            BackgroundWork work = new BackgroundWork(parallelism);
            AtomicInteger now = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                jobs.add(threads.submit(() -> {
                    work.run(Kind.DUMPS, "job", () -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        sleep(40);
                        now.decrementAndGet();
                    });
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get(10, TimeUnit.SECONDS);
            }
            assertThat(most.get()).as("jobs at once with parallelism %d", parallelism).isEqualTo(parallelism);
        }
    }

    @Test
    void theMostUrgentWaitingJobGoesFirstAndJobsOfOneKindInTurn() throws Exception {
        BackgroundWork work = new BackgroundWork(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Future<?> first = threads.submit(() -> {
            work.run(Kind.COUNTS, "running", () -> await(release));
            return null;
        });
        awaitState(work, "running [running], waiting []");
        List<Future<?>> waiting = new java.util.ArrayList<>();
        String expected = "";
        for (String[] job : new String[][] {{"COUNTS", "counts"}, {"DUMPS", "dumps 1"}, {"PAGES", "map"},
                {"INDEX", "membership"}, {"DUMPS", "dumps 2"}}) {
            waiting.add(threads.submit(() -> {
                work.run(Kind.valueOf(job[0]), job[1], () -> {
                    order.add(job[1]);
                });
                return null;
            }));
            // One at a time, so that each has joined the queue before the next: their order of arrival is known.
            awaitWaiting(work, job[1]);
        }
        assertThat(work.state()).isEqualTo("running [running], waiting [map, membership, dumps 1, dumps 2, counts]");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> job : waiting) {
            job.get(10, TimeUnit.SECONDS);
        }
        assertThat(order).containsExactly("map", "membership", "dumps 1", "dumps 2", "counts");
        assertThat(work.state()).isEqualTo("running [], waiting []");
    }

    @Test
    void aJobInterruptedWhileItWaitsLeavesTheQueueAndTheOthersStillRun() throws Exception {
        BackgroundWork work = new BackgroundWork(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> {
            work.run(Kind.INDEX, "running", () -> await(release));
            return null;
        });
        awaitState(work, "running [running], waiting []");
        Future<?> stopped = threads.submit(() -> {
            work.run(Kind.PAGES, "stopped", () -> {
                throw new AssertionError("an interrupted job must not run");
            });
            return null;
        });
        awaitWaiting(work, "stopped");
        AtomicInteger ran = new AtomicInteger();
        Future<?> next = threads.submit(() -> {
            work.run(Kind.COUNTS, "next", ran::incrementAndGet);
            return null;
        });
        awaitWaiting(work, "next");
        stopped.cancel(true);
        awaitState(work, "running [running], waiting [next]");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        next.get(10, TimeUnit.SECONDS);
        assertThat(ran.get()).isEqualTo(1);
        assertThat(work.state()).isEqualTo("running [], waiting []");
    }

    @Test
    void aJobThatFailsGivesItsTurnBack() throws Exception {
        BackgroundWork work = new BackgroundWork(1);
        assertThatThrownBy(() -> work.run(Kind.DUMPS, "failing", () -> {
            throw new IllegalStateException("timeout");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(work.run(Kind.DUMPS, "after", () -> "ran")).isEqualTo("ran");
    }

    @Test
    void parallelismZeroMeansOneCoreFewerThanTheMachineHasAndAtLeastOne() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(new BackgroundSettings(0).jobs()).isEqualTo(Math.max(1, cores - 1));
        assertThat(new BackgroundSettings(3).jobs()).isEqualTo(3);
        assertThat(new BackgroundWork(new BackgroundSettings(2)).parallelism()).isEqualTo(2);
        assertThatThrownBy(() -> new BackgroundWork(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one background job");
    }

    @Test
    void theServiceReadsItsParallelismFromCitynetBackgroundParallelismAndRefusesANegativeOne() {
        ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withBean(BackgroundWork.class);
        context.withPropertyValues("citynet.background.parallelism=3")
                .run(started -> assertThat(started.getBean(BackgroundWork.class).parallelism()).isEqualTo(3));
        context.run(started -> assertThat(started.getBean(BackgroundWork.class).parallelism())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
        context.withPropertyValues("citynet.background.parallelism=-1").run(started -> assertThat(started)
                .getFailure().rootCause().hasMessageContaining("citynet.background.parallelism")
                .hasMessageContaining("-1"));
    }

    @EnableConfigurationProperties(BackgroundSettings.class)
    static class Settings {
    }

    private static void awaitWaiting(BackgroundWork work, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!work.state().matches(".*waiting \\[.*\\b" + java.util.regex.Pattern.quote(what) + "\\b.*\\]")) {
            assertThat(System.nanoTime()).as("%s joins the queue: %s", what, work.state()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Waits until the queue says this (up to 10 s); for the warm-ups' tests too. */
    static void awaitState(BackgroundWork work, String state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!work.state().equals(state)) {
            assertThat(System.nanoTime()).as("state %s, is %s", state, work.state()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

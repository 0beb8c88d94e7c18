package org.citynet.web.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.citynet.kernel.store.DataVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} once the service is ready, one after another on one background thread: at 100,000
 * cities the catalogue's counts took 12 minutes, the themes' usage 10 to 18 s and a list's keys over Virtuoso
 * 25 to 30 s, each charged to whoever asked first. At start-up the indexes and the dumps read the whole store
 * at the same time and a warm-up may pass its timeout: it is tried again, {@value #ATTEMPTS} times in all, a
 * while later. A request that comes while one is computed waits for the same computation, never starts another
 * (each keeps its values in a synchronised per-data-version cache). The first request that sees a new data
 * version has them all warmed again.
 */
@Component
class BackgroundWarmUps implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWarmUps.class);

    static final int ATTEMPTS = 3;
    static final String THREAD = "warm-up";

    private final List<WarmUp> warmUps;
    private final Duration retryAfter;
    private final Supplier<Object> currentVersion;
    private final AtomicReference<Object> warmedFor = new AtomicReference<>();
    private volatile boolean ready;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService background = BackgroundThreads.scheduled(THREAD);

    private final BackgroundWork work;

    @Autowired
    BackgroundWarmUps(ObjectProvider<WarmUp> warmUps, DataVersions versions, BackgroundWork work) {
        this(warmUps.orderedStream().toList(), Duration.ofMinutes(2), versions::current, work);
    }

    BackgroundWarmUps(List<WarmUp> warmUps, Duration retryAfter, Supplier<Object> currentVersion,
                      BackgroundWork work) {
        this.work = work;
        this.warmUps = List.copyOf(warmUps);
        this.retryAfter = retryAfter;
        this.currentVersion = currentVersion;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmInBackground() {
        try {
            warmedFor.set(currentVersion.get());
        } catch (RuntimeException e) {
            // The store could not be read just now: the first request that can read it asks for a round again.
            log.info("Could not read the data version to warm up for ({}); warming up all the same", e.toString());
        }
        ready = true;
        warmAll();
    }

    /**
     * A request read this data version ({@link DataVersionFilter}): the first to see a new one (after a write,
     * here or through another replica) has everything warmed again for it in the background, so the next
     * requests do not pay for it either. Cheap for every other request: one comparison.
     */
    void seen(Object version) {
        Object warmed = warmedFor.get();
        if (ready && !version.equals(warmed) && warmedFor.compareAndSet(warmed, version)) {
            warmAll();
        }
    }

    /**
     * One round of every warm-up, for the data as it is when the round starts; a round asked for while another
     * waits to start is that one (writes faster than the counts at 100,000 cities must not queue rounds).
     */
    private void warmAll() {
        if (pending.compareAndSet(false, true)) {
            background.execute(() -> {
                pending.set(false);
                // Consecutive warm-ups of one kind share a turn in the queue: else the dumps, waiting since start-up,
                // would take the turn between the lists' keys and the themes' counts (seen at 100,000 cities).
                for (List<WarmUp> sameKind : runsOfOneKind()) {
                    inTurn(sameKind.get(0).kind(), sameKind.stream().map(WarmUp::name).toList().toString(),
                            () -> sameKind.forEach(warmUp -> attempt(warmUp, 1)));
                }
            });
        }
    }

    /** The warm-ups in their order, cut where the kind changes. */
    private List<List<WarmUp>> runsOfOneKind() {
        List<List<WarmUp>> runs = new ArrayList<>();
        for (WarmUp warmUp : warmUps) {
            if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).kind() != warmUp.kind()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(warmUp);
        }
        return runs;
    }

    private void inTurn(BackgroundWork.Kind kind, String what, Runnable job) {
        try {
            work.run(kind, what, job);
        } catch (InterruptedException e) {
            log.info("Stopped computing {}: the service is stopping", what);
        }
    }

    /** One attempt, on a thread that has its turn in the queue; a later one takes a turn of its own. */
    private void attempt(WarmUp warmUp, int number) {
        long start = System.nanoTime();
        try {
            warmUp.warm();
            log.info("Warmed up {} in {} ms", warmUp.name(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            if (number < ATTEMPTS && !background.isShutdown()) {
                log.info("Could not compute {} in the background ({}); trying again in {} s", warmUp.name(),
                        e.toString(), retryAfter.toSeconds());
                background.schedule(() -> inTurn(warmUp.kind(), warmUp.name(), () -> attempt(warmUp, number + 1)),
                        retryAfter.toMillis(), TimeUnit.MILLISECONDS);
            } else if (background.isShutdown()) {
                log.info("Stopped computing {}: the service is stopping", warmUp.name());
            } else {
                log.warn("Could not compute {} in the background; the first request will", warmUp.name(), e);
            }
        }
    }

    /** Waits for a warm-up that is running ({@link BackgroundThreads#stop}). */
    @Override
    public void destroy() throws InterruptedException {
        BackgroundThreads.stop(background, "A warm-up");
    }
}

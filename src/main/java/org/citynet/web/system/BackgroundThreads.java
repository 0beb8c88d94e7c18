package org.citynet.web.system;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's background threads (index builders, dumps, counts, warm-ups): one named daemon thread each, and
 * one way to stop them. Stopping waits for the work that is running: its read transaction would otherwise still
 * be open when the store closes, and TDB2 then keeps the directory locked (another process could not open it
 * after a stop).
 */
public final class BackgroundThreads {

    private static final Logger log = LoggerFactory.getLogger(BackgroundThreads.class);
    /** The longest a stop waits for work that is running. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private BackgroundThreads() {
    }

    /** One daemon thread of this name. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }

    /** One daemon thread of this name that can also run work later. */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }

    /**
     * Interrupts the work, drops what waits, and waits up to {@link #STOP_WAIT} for what runs to end.
     *
     * @return whether it ended in time
     */
    public static boolean stop(ExecutorService background, String what) throws InterruptedException {
        background.shutdownNow();
        boolean stopped = background.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (!stopped) {
            log.warn("{} did not stop within {} s", what, STOP_WAIT.toSeconds());
        }
        return stopped;
    }

    private static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

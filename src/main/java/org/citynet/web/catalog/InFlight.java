package org.citynet.web.catalog;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The one background computation of something requests wait for (the dumps, the catalogue's counts): however
 * many requests ask at once, a new one starts only when none is running.
 */
final class InFlight<T> {

    private final ExecutorService background;
    private final Callable<T> work;
    private Future<T> running;

    InFlight(ExecutorService background, Callable<T> work) {
        this.background = background;
        this.work = work;
    }

    /** The computation running, or a new one if none is. */
    synchronized Future<T> get() {
        if (running == null || running.isDone()) {
            running = background.submit(work);
        }
        return running;
    }
}

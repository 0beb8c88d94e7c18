package org.citynet.web.catalog;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** A request's wait for something made in the background: bounded, and refused when it runs out. */
final class BoundedWait {

    private BoundedWait() {
    }

    /**
     * @param making   what is being made
     * @param nanos    how long the request may still wait
     * @param notReady the refusal when that time has run out
     * @return what was made; what making it threw is thrown on
     */
    static <T> T await(Future<T> making, long nanos, Supplier<? extends RuntimeException> notReady) {
        try {
            return making.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw notReady.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notReady.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException(e.getCause());
        }
    }
}

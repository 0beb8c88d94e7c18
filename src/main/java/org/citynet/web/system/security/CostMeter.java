package org.citynet.web.system.security;

import java.time.Duration;
import java.util.function.Supplier;

import org.citynet.kernel.store.StoreTimeListener;

/**
 * Adds up what the request on this thread costs the service in its scarce resources: the time its queries
 * hold the store (told by the kernel's {@code QueryRunner}, as a {@link StoreTimeListener}) and the time spent
 * checking the credentials it sent (BCrypt is slow on purpose). {@link RateLimitFilter} opens a tab around
 * each request and charges the total to the client; an answer from a cache, a 304 or a static file adds
 * nothing. Time spent on a thread with no tab open — dumps and the comparison index built in the background,
 * start-up — is charged to no one. Thread-safe: every thread has its own tab.
 */
final class CostMeter implements StoreTimeListener {

    private final ThreadLocal<Tab> tabs = new ThreadLocal<>();

    /**
     * Opens a tab on this thread, to be closed by the caller. A tab already open (a request dispatched
     * within another) stays the one that counts: the inner one reads 0 and closing it changes nothing.
     */
    Tab open() {
        if (tabs.get() != null) {
            return new Tab(false);
        }
        Tab tab = new Tab(true);
        tabs.set(tab);
        return tab;
    }

    @Override
    public void queried(Duration storeTime) {
        Tab tab = tabs.get();
        if (tab != null) {
            tab.storeNanos += storeTime.toNanos();
        }
    }

    /** Checks credentials with {@code check} and adds the time it took to this thread's tab. */
    <T> T measure(Supplier<T> check) {
        long start = System.nanoTime();
        try {
            return check.get();
        } finally {
            Tab tab = tabs.get();
            if (tab != null) {
                tab.checkNanos += System.nanoTime() - start;
            }
        }
    }

    /** The cost of one request so far; only its own thread adds to it. */
    final class Tab implements AutoCloseable {

        private final boolean owner;
        private long storeNanos;
        private long checkNanos;

        private Tab(boolean owner) {
            this.owner = owner;
        }

        /** The time the request's queries held the store. */
        Duration storeTime() {
            return Duration.ofNanos(storeNanos);
        }

        /** The time spent checking the credentials the request sent. */
        Duration checkTime() {
            return Duration.ofNanos(checkNanos);
        }

        Duration total() {
            return storeTime().plus(checkTime());
        }

        @Override
        public void close() {
            if (owner) {
                tabs.remove();
            }
        }
    }
}

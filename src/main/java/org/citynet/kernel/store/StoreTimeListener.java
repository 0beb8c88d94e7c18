package org.citynet.kernel.store;

import java.time.Duration;

/**
 * Told, on the thread that ran it, how long each query held the store: from the moment it had a slot to the
 * end of its body, whether it answered, failed or ran out of time. A query run from inside another query's
 * body is part of that one's time and is not reported again. The web layer uses this to charge store time
 * to the client that asked for it, without the kernel knowing what a client or a request is.
 * Implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface StoreTimeListener {

    /** Listens to nothing: for tools and tests. */
    StoreTimeListener NONE = storeTime -> { };

    void queried(Duration storeTime);
}

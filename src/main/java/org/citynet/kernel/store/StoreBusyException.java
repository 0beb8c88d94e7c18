package org.citynet.kernel.store;

import java.time.Duration;

/**
 * Every query slot of the local store ({@code citynet.sparql.max-concurrent-queries}), or the one slot for
 * computing a named query's whole answer, stayed taken for as long as the query could wait; nothing ran. Answered 503 with {@code Retry-After}.
 */
public class StoreBusyException extends RuntimeException {

    public StoreBusyException(int slots, Duration waited) {
        super("All " + slots + " query slots of this service were busy for " + waited.toMillis()
                + " ms, as long as the query could wait; try again shortly");
    }

    /** Some other resource than the query slots stayed taken; {@code message} says which. */
    public StoreBusyException(String message) {
        super(message);
    }
}

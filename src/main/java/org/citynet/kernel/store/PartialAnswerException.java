package org.citynet.kernel.store;

/**
 * A remote store answered, but not completely: it cut the answer at one of its caps, stopped at a deadline and
 * returned what it had (an "anytime" answer), or a read in pages did not add up to the store's own count.
 * Such an answer is never served, cached or published: the request fails (503) and may be tried again.
 */
public final class PartialAnswerException extends RuntimeException {

    /** Why the answer is incomplete. */
    public enum Reason {
        /** The store stopped at the deadline and answered with what it had found so far. */
        TIMEOUT,
        /** The answer has as many rows as the store's cap: more may have been cut off. */
        ROW_CAP,
        /** What was read does not match the store's own count, or the data changed while it was read. */
        INCOMPLETE
    }

    private final Reason reason;

    public PartialAnswerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The partial-answer failure among {@code failure} and its causes, if there is one. */
    static PartialAnswerException findIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PartialAnswerException partial) {
                return partial;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}

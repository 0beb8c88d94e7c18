package org.citynet.kernel.store;

/**
 * A write to a shared store lost a race: another process changed the data between this write's read of the
 * store's version and its update, so the update (conditional on that version) changed nothing. Nothing of this
 * write was committed; sending it again applies it to the new data (409 to clients).
 */
public final class WriteConflictException extends RuntimeException {

    public WriteConflictException(String message) {
        super(message);
    }
}

package org.citynet.kernel.store;

/**
 * A write the store cannot take as one all-or-nothing request: more quads than one update of the store may
 * hold, or a deletion of triples with blank nodes, which an update sent to another store cannot name (422 to
 * clients; nothing was written).
 */
public final class UnsupportedWriteException extends RuntimeException {

    public UnsupportedWriteException(String message) {
        super(message);
    }
}

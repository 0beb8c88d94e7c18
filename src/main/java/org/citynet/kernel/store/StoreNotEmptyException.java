package org.citynet.kernel.store;

/** A replacement of everything a store holds, refused because the store holds data and was not told to replace it. */
public class StoreNotEmptyException extends RuntimeException {

    public StoreNotEmptyException(String store) {
        super(store + " is not empty");
    }
}

package org.citynet.web.api.compare;

import java.util.Arrays;

/**
 * A growable {@code int} array for building the {@link MembershipIndex}: millions of boxed Integers in
 * lists would cost several times the memory. Not thread-safe; used by one builder, then {@link #toArray}.
 */
final class IntColumn {

    private int[] values = new int[1024];
    private int size;

    int add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size] = value;
        return size++;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}

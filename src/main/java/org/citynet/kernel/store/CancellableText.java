package org.citynet.kernel.store;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a {@link CharSequence} that stops a regular-expression match when its query is cancelled.
 * Java's regex engine never looks at interrupts or timeouts, and a pattern such as {@code (.*a){40}b} can
 * backtrack for hours over a short text: reading the text through this view is the one point where such a
 * match can be made to stop. The check is a volatile read every {@value #CHECK_EVERY} characters.
 * Not thread-safe (one match at a time), like the matcher that reads it.
 */
final class CancellableText implements CharSequence {

    private static final int CHECK_EVERY = 1024;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    /** @param cancelled the query's cancel signal (Jena sets it when the query times out or is aborted) */
    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}

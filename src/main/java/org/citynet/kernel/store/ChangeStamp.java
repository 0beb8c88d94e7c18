package org.citynet.kernel.store;

import java.time.Instant;

/**
 * What identifies the state of a store's data: it changes whenever the data changes (see
 * {@link KnowledgeStore#changeStamp()}).
 *
 * @param value     the stamp; compare with {@code equals}
 * @param changedAt when the data last changed, if the store records it; else null
 * @param shared    whether every process reading the store sees the same value for the same data — true for
 *                  a remote store's version stamp, which ETags can then carry from one replica to another;
 *                  false for a local store's generation, which means something only in this process
 */
public record ChangeStamp(String value, Instant changedAt, boolean shared) {
}

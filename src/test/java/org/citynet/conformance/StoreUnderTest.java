package org.citynet.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A store the conformance suite serves citynet from, started empty. {@link #serviceSettings} are the
 * {@code citynet.store.*} settings that point the service at it; for a remote store every URL in them starts
 * with {@link #origin}, so that the suite can put a logging proxy in front by replacing that prefix.
 * {@link #close} stops the store and deletes its folder.
 */
interface StoreUnderTest extends AutoCloseable {

    /** Short name used in test names and the report, e.g. {@code virtuoso}. */
    String name();

    /** {@code http://127.0.0.1:PORT} of a remote store; {@code null} for the embedded one. */
    String origin();

    /** Service settings, without the leading {@code --}. */
    Map<String, String> serviceSettings();

    /** The store's own logs, for the report. */
    List<Path> logs();

    @Override
    void close();
}

package org.citynet.web.system;

/**
 * Something the service computes once per data version that no client should wait for: whole-graph counts, the
 * keys of a long list. {@link BackgroundWarmUps} runs every such bean once the service is ready, on a thread of
 * its own, so the first request finds it kept instead of paying for it.
 */
public interface WarmUp {

    /** What is computed, for the log ("the catalogue's summary"). */
    String name();

    /** Computes it and keeps it; throws if it could not (a timeout), and is then tried again later. */
    void warm();

    /** Its place in the queue of background work; what pages show comes first. */
    default BackgroundWork.Kind kind() {
        return BackgroundWork.Kind.PAGES;
    }
}

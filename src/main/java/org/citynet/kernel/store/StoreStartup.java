package org.citynet.kernel.store;

import java.util.List;

import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.load.LoadRecord;

/**
 * What happened when the store was brought up to date at start-up (see {@link StoreInitializer}), and
 * what the store's load manifest said afterwards. Made once per start; the actuator's {@code info}
 * endpoint shows it.
 *
 * @param store   the store's description, e.g. {@code TDB2 at /srv/citynet/tdb2}
 * @param outcome loaded into an empty store, reloaded, reused as it was, or kept after the files were refused
 * @param load    the manifest of the data the store serves, read back from the store
 * @param refusal why the files were refused ({@link StoreInitializer.Outcome#KEPT_AFTER_REFUSAL} only), else empty
 */
public record StoreStartup(String store, StoreInitializer.Outcome outcome, LoadRecord load,
        List<LoadProblem> refusal) {

    public StoreStartup {
        refusal = List.copyOf(refusal);
    }
}

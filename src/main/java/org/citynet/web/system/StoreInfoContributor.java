package org.citynet.web.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citynet.kernel.load.LoadProblem;
import org.citynet.kernel.store.StoreStartup;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the store's start-up report to {@code /actuator/info} under {@code store}: which store, what
 * start-up did with it (LOADED, RELOADED, REUSED, KEPT_AFTER_REFUSAL), and the content hash, load time
 * and triple count of the data it serves, from its load manifest. After a refused load it also lists
 * why, so an operator sees that the service runs on older data without reading the log.
 */
@Component
class StoreInfoContributor implements InfoContributor {

    /** Enough to fix the first round of mistakes; the log has them all. */
    private static final int LISTED_PROBLEMS = 20;

    private final StoreStartup startup;

    StoreInfoContributor(StoreStartup startup) {
        this.startup = startup;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("description", startup.store());
        store.put("startup", startup.outcome().name());
        store.put("contentHash", startup.load().contentHash());
        if (startup.load().loadedAt() != null) {
            store.put("loadedAt", startup.load().loadedAt().toString());
        }
        if (startup.load().tripleCount() >= 0) {
            store.put("tripleCount", startup.load().tripleCount());
        }
        if (!startup.refusal().isEmpty()) {
            store.put("refusedProblems", startup.refusal().size());
            store.put("refusal", describe(startup.refusal()));
        }
        builder.withDetail("store", store);
    }

    private static List<String> describe(List<LoadProblem> problems) {
        return problems.stream().limit(LISTED_PROBLEMS).map(LoadProblem::describe).toList();
    }
}

package org.citynet.web.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code citynet.background}: how the service's whole-graph background work is queued ({@link BackgroundWork}).
 *
 * @param parallelism how many background jobs (index builds, dumps, counts, warm-ups) run at once; {@code 0}, the
 *                    default, means one fewer than the machine's processors, at least one
 */
@Validated
@ConfigurationProperties("citynet.background")
public record BackgroundSettings(@Min(0) @Max(64) @DefaultValue("0") int parallelism) {

    /** The number of jobs that run at once, {@code 0} resolved against this machine. */
    public int jobs() {
        return parallelism > 0 ? parallelism : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
